using Glow.Core.Db;

namespace Glow.State.Db;

/// <summary>One table held in memory, ordered by unsigned byte-wise key comparison. Thread-safe.</summary>
public sealed class MemoryKeyValueStore : IKeyValueStore
{
    private readonly SortedDictionary<byte[], byte[]> _entries = new(ByteKeyComparer.Instance);
    private readonly Lock _lock = new();

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
            return _entries.TryGetValue(k, out var value) ? value : null;
        }
    }

    /// <inheritdoc />
    public bool Contains(ReadOnlySpan<byte> key) => Get(key) is not null;

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
            snapshot = _entries.Where(e => e.Key.AsSpan().StartsWith(prefix)).ToList();
        }

        return snapshot;
    }
}
