using Glow.Core.Db;

namespace Glow.State.Db;

/// <summary>
/// An <see cref="IDatabase"/> held in memory: for tests and <c>utg dev --in-memory</c>. Every table shares
/// one lock, held while a batch applies, so readers (iterations included) never see half of one. Thread-safe.
/// </summary>
public sealed class MemoryDatabase : IDatabase
{
    private readonly MemoryKeyValueStore[] _tables;
    private readonly Lock _commitLock = new();

    /// <summary>Creates an empty database with every table of <see cref="DbTable"/>.</summary>
    public MemoryDatabase()
    {
        var count = Enum.GetValues<DbTable>().Max(t => (int)t) + 1;
        _tables = new MemoryKeyValueStore[count];
        for (var i = 0; i < count; i++)
        {
            _tables[i] = new MemoryKeyValueStore(_commitLock);
        }
    }

    /// <inheritdoc />
    public IKeyValueStore this[DbTable table] => _tables[(int)table];

    /// <inheritdoc />
    public IWriteBatch StartBatch() => new Batch(this);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Batch(MemoryDatabase database) : IWriteBatch
    {
        private readonly List<(DbTable Table, byte[] Key, byte[]? Value)> _writes = [];
        private bool _committed;

        public int Count => _writes.Count;

        public void Put(DbTable table, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => Add(table, key.ToArray(), value.ToArray());

        public void Delete(DbTable table, ReadOnlySpan<byte> key) => Add(table, key.ToArray(), null);

        public void Commit()
        {
            ObjectDisposedException.ThrowIf(_committed, this);
            _committed = true;
            lock (database._commitLock)
            {
                foreach (var (table, key, value) in _writes)
                {
                    var store = database._tables[(int)table];
                    if (value is null)
                    {
                        store.Delete(key);
                    }
                    else
                    {
                        store.Put(key, value);
                    }
                }
            }
        }

        public void Dispose() => _writes.Clear();

        private void Add(DbTable table, byte[] key, byte[]? value)
        {
            ObjectDisposedException.ThrowIf(_committed, this);
            _writes.Add((table, key, value));
        }
    }
}
