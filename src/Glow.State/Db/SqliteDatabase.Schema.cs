using System.Globalization;
using System.Text;
using Glow.Core.Db;

namespace Glow.State.Db;

/// <summary>Opening: connection settings of the writer, and the checks that the file holds our schema.</summary>
public sealed partial class SqliteDatabase
{
    private static void ConfigureWriter(SqliteConnection writer, SqliteDatabaseOptions options, bool isNew)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (isNew)
        {
            // Only possible before the first table exists; afterwards the file keeps its page size.
            if (options.PageSize is < 512 or > 65536 || !int.IsPow2(options.PageSize))
            {
                throw new ArgumentException($"The page size must be a power of two from 512 to 65536, not {options.PageSize}.", nameof(options));
            }

            writer.Execute(string.Create(invariant, $"PRAGMA page_size = {options.PageSize}"));
        }

        // WAL: a commit appends to the log, readers keep reading the last commit during a write, and a commit
        // is atomic across a crash (frames after the last commit record are ignored on recovery).
        var mode = writer.QueryColumn("PRAGMA journal_mode = WAL");
        if (mode.Count != 1 || !string.Equals(mode[0], "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new DatabaseException($"{writer.Path} cannot use write-ahead logging (the journal mode stayed '{string.Join(",", mode)}'); put the data directory on a local file system.");
        }

        writer.Execute(options.Synchronous == SqliteSynchronous.Full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
        // After a large batch the log is cut back to the checkpoint size instead of staying large.
        writer.Execute(string.Create(invariant, $"PRAGMA journal_size_limit = {options.CheckpointMegabytes * 1024L * 1024L}"));
        var pageSize = int.Parse(writer.QueryColumn("PRAGMA page_size")[0]!, invariant);
        var checkpointPages = Math.Max(1L, options.CheckpointMegabytes * 1024L * 1024L / pageSize);
        writer.Execute(string.Create(invariant, $"PRAGMA wal_autocheckpoint = {checkpointPages}"));
        if (options.MaxPageCount < 0)
        {
            throw new ArgumentException($"The page limit must be 0 (none) or positive, not {options.MaxPageCount}.", nameof(options));
        }

        if (options.MaxPageCount > 0)
        {
            // A per-connection setting, never stored in the file: reopening without it lifts the limit.
            _ = writer.QueryColumn(string.Create(invariant, $"PRAGMA max_page_count = {options.MaxPageCount}"));
        }
    }

    /// <summary>
    /// Fails unless the file is empty or holds our schema at our version; returns the tables to create (all of
    /// them for a new file, tables added to <see cref="DbTable"/> since an older file was made, or none).
    /// </summary>
    private static DbTable[] CheckSchema(SqliteConnection writer)
    {
        var path = writer.Path;
        var tables = writer.QueryColumn("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
        var others = writer.QueryColumn("SELECT type || ' ' || name FROM sqlite_master WHERE type <> 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
        if (tables.Count == 0 && others.Count == 0)
        {
            return SqliteSchema.Tables.ToArray();
        }

        var metadata = nameof(DbTable.Metadata);
        if (!tables.Contains(metadata))
        {
            throw new DatabaseException(
                $"{path} is a SQLite database of another program, not a Glow database: it has no {metadata} table (it has {Describe(tables.Concat(others))}). Choose another data directory.");
        }

        CheckVersion(writer);
        var ours = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in SqliteSchema.Tables)
        {
            ours.Add(table.ToString());
        }

        var foreign = tables.Where(t => !ours.Contains(t!)).Concat(others).ToList();
        if (foreign.Count > 0)
        {
            throw new DatabaseException(
                $"{path} is not a Glow database of this schema: it holds {Describe(foreign)}, which the schema does not list. Choose another data directory.");
        }

        // Adding a table to DbTable needs no new schema version: an older file gets the table on open.
        var missing = new List<DbTable>();
        foreach (var table in SqliteSchema.Tables)
        {
            if (!tables.Contains(table.ToString()))
            {
                missing.Add(table);
            }
        }

        return [.. missing];
    }

    private static void CheckVersion(SqliteConnection writer)
    {
        var path = writer.Path;
        byte[]? stored;
        try
        {
            stored = writer.Get(DbTable.Metadata, SqliteSchema.VersionKey);
        }
        catch (DatabaseException e)
        {
            throw new DatabaseException($"{path} is not a Glow database: its {nameof(DbTable.Metadata)} table cannot be read as ours ({e.Message})", e);
        }

        if (stored is null)
        {
            throw new DatabaseException($"{path} is not a Glow database: its {nameof(DbTable.Metadata)} table has no schema-version. Choose another data directory.");
        }

        var text = Encoding.ASCII.GetString(stored);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new DatabaseException($"{path} has an unreadable schema version ('{text}'); it is corrupt or not a Glow database.");
        }

        if (version != SqliteSchema.Version)
        {
            throw new DatabaseException(
                $"{path} has schema version {version}, but this build of Glow reads version {SqliteSchema.Version}. Use a matching build, or another data directory.");
        }
    }

    private static void CreateTables(SqliteConnection writer, DbTable[] tables, bool writeVersion)
    {
        writer.Execute("BEGIN IMMEDIATE");
        try
        {
            foreach (var table in tables)
            {
                writer.Execute(SqliteSchema.CreateTable(table));
            }

            if (writeVersion)
            {
                var version = Encoding.ASCII.GetBytes(SqliteSchema.Version.ToString(CultureInfo.InvariantCulture));
                writer.Put(DbTable.Metadata, SqliteSchema.VersionKey, version);
            }

            writer.Execute("COMMIT");
        }
        catch
        {
            writer.RollbackQuietly();
            throw;
        }
    }

    private static string Describe(IEnumerable<string?> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
