using Glow.Core.Db;

namespace Glow.State.Db;

/// <summary>
/// How <see cref="DbTable"/> maps onto SQLite: one table per entry, named as the entry, holding
/// <c>(key BLOB PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID</c> (the rows live in the key's B-tree, so a
/// lookup is one tree descent and keys sort by <c>memcmp</c>, the unsigned byte order of every table).
/// </summary>
internal static class SqliteSchema
{
    /// <summary>
    /// The version written to <c>Metadata/schema-version</c>. Raise it when the layout of existing tables or
    /// their encodings change; a file with another version is refused. Adding a table needs no new version:
    /// missing tables are created on open.
    /// </summary>
    public const int Version = 1;

    /// <summary>The <c>Metadata</c> key of the schema version.</summary>
    public static ReadOnlySpan<byte> VersionKey => "schema-version"u8;

    private static readonly DbTable[] AllTables = Enum.GetValues<DbTable>();
    private static readonly string[] QuotedNames = BuildNames();

    /// <summary>Every table of the schema.</summary>
    public static ReadOnlySpan<DbTable> Tables => AllTables;

    /// <summary>One more than the largest table number: the size of arrays indexed by table.</summary>
    public static int TableSlots { get; } = QuotedNames.Length;

    /// <summary>The quoted SQL name of <paramref name="table"/>.</summary>
    public static string TableName(DbTable table) => QuotedNames[(int)table];

    /// <summary>The statement creating <paramref name="table"/>.</summary>
    public static string CreateTable(DbTable table) =>
        $"CREATE TABLE {TableName(table)} (key BLOB NOT NULL PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID";

    private static string[] BuildNames()
    {
        var names = new string[AllTables.Max(t => (int)t) + 1];
        foreach (var table in AllTables)
        {
            names[(int)table] = $"\"{table}\"";
        }

        return names;
    }
}
