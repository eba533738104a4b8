using Glow.Core.Db;

namespace Glow.State.Db;

/// <summary>One table held in memory, ordered by unsigned byte-wise key comparison. Thread-safe.</summary>
public sealed class MemoryKeyValueStore : IKeyValueStore
{
    private readonly SortedDictionary<byte[], byte[]> _entries = new(ByteKeyComparer.Instance);
    private readonly Lock _lock;

    /// <summary>Creates an empty table with a lock of its own.</summary>
    public MemoryKeyValueStore()
        : this(new Lock())
    {
    }

    /// <summary>Creates an empty table guarded by <paramref name="sharedLock"/>, which a database holds while it applies a batch.</summary>
    internal MemoryKeyValueStore(Lock sharedLock) => _lock = sharedLock;

    /// <summary>Number of entries.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc />
    public byte[]? Get(ReadOnlySpan<byte> key)
    {
        var k = key.ToArray();
        lock (_lock)
        {
            // A copy, as from a database on disk: the caller may change it without changing the table.
            return _entries.TryGetValue(k, out var value) ? value.ToArray() : null;
        }
    }

    /// <inheritdoc />
    public bool Contains(ReadOnlySpan<byte> key)
    {
        var k = key.ToArray();
        lock (_lock)
        {
            return _entries.ContainsKey(k);
        }
    }

    /// <inheritdoc />
    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        var k = key.ToArray();
        var v = value.ToArray();
        lock (_lock)
        {
            _entries[k] = v;
        }
    }

    /// <inheritdoc />
    public void Delete(ReadOnlySpan<byte> key)
    {
        var k = key.ToArray();
        lock (_lock)
        {
            _entries.Remove(k);
        }
    }

    /// <inheritdoc />
    public IEnumerable<KeyValuePair<byte[], byte[]>> Iterate(byte[] prefix)
    {
        List<KeyValuePair<byte[], byte[]>> snapshot;
        lock (_lock)
        {
            snapshot = _entries.Where(e => e.Key.AsSpan().StartsWith(prefix)).Select(e => KeyValuePair.Create(e.Key.ToArray(), e.Value.ToArray())).ToList();
        }

        return snapshot;
    }
}
