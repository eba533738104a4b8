using Glow.Core.Db;
using SQLitePCL;

namespace Glow.State.Db;

/// <summary>
/// One table of a <see cref="SqliteDatabase"/>. Reads use a pooled reading connection and are safe from any
/// number of threads; <see cref="Put"/> and <see cref="Delete"/> are each their own transaction on the writer.
/// </summary>
public sealed class SqliteKeyValueStore : IKeyValueStore
{
    private readonly SqliteDatabase _database;

    internal SqliteKeyValueStore(SqliteDatabase database, DbTable table)
    {
        _database = database;
        Table = table;
    }

    /// <summary>The table this store reads and writes.</summary>
    public DbTable Table { get; }

    /// <inheritdoc />
    public byte[]? Get(ReadOnlySpan<byte> key)
    {
        var reader = _database.RentReader();
        try
        {
            return reader.Get(Table, key);
        }
        finally
        {
            _database.ReturnReader(reader);
        }
    }

    /// <inheritdoc />
    public bool Contains(ReadOnlySpan<byte> key)
    {
        var reader = _database.RentReader();
        try
        {
            return reader.Contains(Table, key);
        }
        finally
        {
            _database.ReturnReader(reader);
        }
    }

    /// <inheritdoc />
    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        var writer = _database.EnterWriter();
        try
        {
            _database.BeforeCommit();
            writer.Put(Table, key, value);
        }
        finally
        {
            _database.AfterCommit();
            _database.ExitWriter();
        }
    }

    /// <inheritdoc />
    public void Delete(ReadOnlySpan<byte> key)
    {
        var writer = _database.EnterWriter();
        try
        {
            _database.BeforeCommit();
            writer.Delete(Table, key);
        }
        finally
        {
            _database.AfterCommit();
            _database.ExitWriter();
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The view is the last commit before the first <c>MoveNext</c>: one SQLite statement steps through the
    /// rows, and its read transaction lasts until the enumerator is disposed. Dispose it (<c>foreach</c> does):
    /// until then it keeps a reading connection, and the log cannot be checkpointed past its view.
    /// </remarks>
    public IEnumerable<KeyValuePair<byte[], byte[]>> Iterate(byte[] prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return Enumerate(prefix);
    }

    private IEnumerable<KeyValuePair<byte[], byte[]>> Enumerate(byte[] prefix)
    {
        var upper = UpperBound(prefix);
        var reader = _database.RentReader();
        try
        {
            var statement = reader.Statement(Table, upper is null ? SqliteStatementKind.IterateFrom : SqliteStatementKind.IterateRange);
            try
            {
                reader.Bind(statement, 1, prefix, Table);
                if (upper is not null)
                {
                    reader.Bind(statement, 2, upper, Table);
                }

                while (reader.Step(statement, Table))
                {
                    yield return new(raw.sqlite3_column_blob(statement, 0).ToArray(), raw.sqlite3_column_blob(statement, 1).ToArray());
                }
            }
            finally
            {
                _ = raw.sqlite3_reset(statement);
            }
        }
        finally
        {
            _database.ReturnReader(reader);
        }
    }

    /// <summary>The smallest key greater than every key starting with <paramref name="prefix"/>, or null when there is none.</summary>
    private static byte[]? UpperBound(byte[] prefix)
    {
        var end = prefix.AsSpan().LastIndexOfAnyExcept((byte)0xff);
        if (end < 0)
        {
            return null;
        }

        var upper = prefix[..(end + 1)];
        upper[end]++;
        return upper;
    }
}
