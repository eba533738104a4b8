using System.Globalization;
using Glow.Core.Db;
using SQLitePCL;

namespace Glow.State.Db;

/// <summary>
/// One SQLite connection and its prepared statements (one per table and <see cref="SqliteStatementKind"/>,
/// prepared on first use and reused). Opened without SQLite's own mutex: a connection is used by one thread
/// at a time, which <see cref="SqliteDatabase"/> guarantees (one writer gate, a pool of readers).
/// </summary>
internal sealed class SqliteConnection : IDisposable
{
    private const int KindCount = 6;
    private const uint PreparePersistent = 1; // SQLITE_PREPARE_PERSISTENT: the statement lives as long as the connection.

    private readonly sqlite3 _handle;
    private readonly sqlite3_stmt?[] _statements;
    private long _snapshotGeneration;
    private bool _inSnapshot;
    private bool _disposed;

    private SqliteConnection(sqlite3 handle, string path, int tableCount)
    {
        _handle = handle;
        Path = path;
        _statements = new sqlite3_stmt?[tableCount * KindCount];
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>True while a transaction is open on this connection.</summary>
    public bool InTransaction => raw.sqlite3_get_autocommit(_handle) == 0;

    /// <summary>Opens a connection to <paramref name="path"/> and applies the per-connection settings.</summary>
    public static SqliteConnection Open(string path, bool readOnly, int tableCount, int cacheMegabytes, SqliteDatabaseOptions options)
    {
        SqliteLibrary.EnsureInitialized();
        var flags = (readOnly ? raw.SQLITE_OPEN_READONLY : raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_CREATE)
            | raw.SQLITE_OPEN_NOMUTEX | raw.SQLITE_OPEN_PRIVATECACHE;
        var rc = raw.sqlite3_open_v2(path, out var handle, flags, null);
        if (rc != raw.SQLITE_OK)
        {
            var message = handle is null ? raw.sqlite3_errstr(rc).utf8_to_string() : raw.sqlite3_errmsg(handle).utf8_to_string();
            if (handle is not null)
            {
                _ = raw.sqlite3_close_v2(handle);
            }

            throw new DatabaseException(SqliteErrors.Describe(path, "opening", rc, message));
        }

        var connection = new SqliteConnection(handle, path, tableCount);
        try
        {
            _ = raw.sqlite3_extended_result_codes(handle, 1);
            connection.Check(raw.sqlite3_busy_timeout(handle, (int)options.BusyTimeout.TotalMilliseconds), "setting the busy timeout");
            var invariant = CultureInfo.InvariantCulture;
            // Negative cache_size is in KiB rather than pages.
            connection.Execute(string.Create(invariant, $"PRAGMA cache_size = -{cacheMegabytes * 1024L}"));
            connection.Execute(string.Create(invariant, $"PRAGMA mmap_size = {options.MemoryMapMegabytes * 1024L * 1024L}"));
            connection.Execute("PRAGMA temp_store = MEMORY");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Makes this reading connection see every commit up to <paramref name="generation"/>: keeps its open read
    /// transaction when that was started at the same generation, else starts a new one. Reusing one read
    /// transaction for many reads saves SQLite's per-statement lock and shared-memory work, which is most of
    /// the cost of a point read (about three times the rest).
    /// </summary>
    /// <param name="generation">The database's commit count, read before this call starts the snapshot.</param>
    public void EnsureSnapshot(long generation)
    {
        if (_inSnapshot && _snapshotGeneration == generation)
        {
            return;
        }

        EndSnapshot();
        // A deferred BEGIN: the snapshot is taken at the first read, so after every commit counted so far.
        Execute("BEGIN");
        _inSnapshot = true;
        _snapshotGeneration = generation;
    }

    /// <summary>Ends the read transaction of <see cref="EnsureSnapshot"/>, if any, so the log can be checkpointed past it.</summary>
    public void EndSnapshot()
    {
        if (_inSnapshot)
        {
            _inSnapshot = false;
            Execute("COMMIT");
        }
    }

    /// <summary>Runs <paramref name="sql"/> (no results expected), failing with a <see cref="DatabaseException"/>.</summary>
    public void Execute(string sql)
    {
        var rc = raw.sqlite3_exec(_handle, sql);
        if (rc != raw.SQLITE_OK)
        {
            throw Failure(rc, sql);
        }
    }

    /// <summary>Runs <paramref name="sql"/> and returns every row's first column as text.</summary>
    public List<string?> QueryColumn(string sql)
    {
        var rc = raw.sqlite3_prepare_v2(_handle, sql, out var statement);
        if (rc != raw.SQLITE_OK)
        {
            statement?.Dispose();
            throw Failure(rc, sql);
        }

        using (statement)
        {
            var rows = new List<string?>();
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                rows.Add(raw.sqlite3_column_type(statement, 0) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(statement, 0).utf8_to_string());
            }

            if (rc != raw.SQLITE_DONE)
            {
                throw Failure(rc, sql);
            }

            return rows;
        }
    }

    /// <summary>The value under <paramref name="key"/> in <paramref name="table"/>, or null.</summary>
    public byte[]? Get(DbTable table, ReadOnlySpan<byte> key)
    {
        var statement = Statement(table, SqliteStatementKind.Get);
        try
        {
            Bind(statement, 1, key, table);
            return Step(statement, table) ? raw.sqlite3_column_blob(statement, 0).ToArray() : null;
        }
        finally
        {
            _ = raw.sqlite3_reset(statement);
        }
    }

    /// <summary>True when <paramref name="table"/> holds <paramref name="key"/>.</summary>
    public bool Contains(DbTable table, ReadOnlySpan<byte> key)
    {
        var statement = Statement(table, SqliteStatementKind.Contains);
        try
        {
            Bind(statement, 1, key, table);
            return Step(statement, table);
        }
        finally
        {
            _ = raw.sqlite3_reset(statement);
        }
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> (in the open transaction, if any).</summary>
    public void Put(DbTable table, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        var statement = Statement(table, SqliteStatementKind.Put);
        try
        {
            Bind(statement, 1, key, table);
            Bind(statement, 2, value, table);
            _ = Step(statement, table);
        }
        finally
        {
            _ = raw.sqlite3_reset(statement);
        }
    }

    /// <summary>Removes <paramref name="key"/> (in the open transaction, if any).</summary>
    public void Delete(DbTable table, ReadOnlySpan<byte> key)
    {
        var statement = Statement(table, SqliteStatementKind.Delete);
        try
        {
            Bind(statement, 1, key, table);
            _ = Step(statement, table);
        }
        finally
        {
            _ = raw.sqlite3_reset(statement);
        }
    }

    /// <summary>The prepared statement of <paramref name="kind"/> for <paramref name="table"/>; reset it after use.</summary>
    public sqlite3_stmt Statement(DbTable table, SqliteStatementKind kind)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var index = ((int)table * KindCount) + (int)kind;
        return _statements[index] ?? Prepare(table, kind, index);
    }

    /// <summary>Binds <paramref name="blob"/> to parameter <paramref name="index"/> (copied by SQLite).</summary>
    public void Bind(sqlite3_stmt statement, int index, ReadOnlySpan<byte> blob, DbTable table)
    {
        var rc = raw.sqlite3_bind_blob(statement, index, blob);
        if (rc != raw.SQLITE_OK)
        {
            throw Failure(rc, table, "binding a parameter for");
        }
    }

    /// <summary>Steps <paramref name="statement"/>: true on a row, false when done, a <see cref="DatabaseException"/> on an error.</summary>
    public bool Step(sqlite3_stmt statement, DbTable table)
    {
        var rc = raw.sqlite3_step(statement);
        return rc == raw.SQLITE_ROW || (rc == raw.SQLITE_DONE ? false : throw Failure(rc, table, "accessing"));
    }

    /// <summary>Fails with a <see cref="DatabaseException"/> unless <paramref name="rc"/> is <c>SQLITE_OK</c>.</summary>
    public void Check(int rc, string doing)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw Failure(rc, doing);
        }
    }

    /// <summary>Rolls back the open transaction, if any, keeping the first error rather than reporting a second.</summary>
    public void RollbackQuietly()
    {
        if (!_disposed && InTransaction)
        {
            _ = raw.sqlite3_exec(_handle, "ROLLBACK");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var statement in _statements)
        {
            statement?.Dispose();
        }

        _ = raw.sqlite3_close_v2(_handle);
    }

    private sqlite3_stmt Prepare(DbTable table, SqliteStatementKind kind, int index)
    {
        var name = SqliteSchema.TableName(table);
        var sql = kind switch
        {
            SqliteStatementKind.Get => $"SELECT value FROM {name} WHERE key = ?1",
            SqliteStatementKind.Contains => $"SELECT 1 FROM {name} WHERE key = ?1",
            SqliteStatementKind.IterateRange => $"SELECT key, value FROM {name} WHERE key >= ?1 AND key < ?2 ORDER BY key",
            SqliteStatementKind.IterateFrom => $"SELECT key, value FROM {name} WHERE key >= ?1 ORDER BY key",
            SqliteStatementKind.Put => $"INSERT INTO {name} (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            SqliteStatementKind.Delete => $"DELETE FROM {name} WHERE key = ?1",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var rc = raw.sqlite3_prepare_v3(_handle, sql, PreparePersistent, out var statement);
        if (rc != raw.SQLITE_OK)
        {
            statement?.Dispose();
            throw Failure(rc, sql);
        }

        _statements[index] = statement;
        return statement;
    }

    private DatabaseException Failure(int rc, DbTable table, string doing) => Failure(rc, $"{doing} table {table}");

    private DatabaseException Failure(int rc, string doing) =>
        new(SqliteErrors.Describe(Path, doing, raw.sqlite3_extended_errcode(_handle), raw.sqlite3_errmsg(_handle).utf8_to_string()));
}
