using Glow.Core.Db;

namespace Glow.State.Db;

/// <summary>
/// How <see cref="DbTable"/> maps onto SQLite: one table per entry, named as the entry, with columns
/// <c>key BLOB PRIMARY KEY, value BLOB NOT NULL</c>; keys sort by <c>memcmp</c>, the unsigned byte order of
/// every table. Small-value tables are <c>WITHOUT ROWID</c>: the rows live in the key's B-tree, so a lookup is
/// one tree descent. That layout keeps at most about 980 bytes of a row on its leaf (4 KiB pages) and puts the
/// rest on an overflow page of its own, which wastes most of a page per row for values of a few hundred bytes
/// above that; tables whose values are often that large (<see cref="LargeValueTables"/>) are ordinary rowid
/// tables (up to about 4 KiB inline) with a unique index on the key.
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

    /// <summary>Tables whose values are often above about 1 KiB: contract code (up to 24 KiB, EIP-170).</summary>
    public static IReadOnlyList<DbTable> LargeValueTables { get; } = [DbTable.Code, DbTable.Bodies, DbTable.Senders, DbTable.Receipts];

    /// <summary>The statement creating <paramref name="table"/>.</summary>
    public static string CreateTable(DbTable table) => LargeValueTables.Contains(table)
        ? $"CREATE TABLE {TableName(table)} (key BLOB NOT NULL PRIMARY KEY, value BLOB NOT NULL)"
        : $"CREATE TABLE {TableName(table)} (key BLOB NOT NULL PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID";

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
