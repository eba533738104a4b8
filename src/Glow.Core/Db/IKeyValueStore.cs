namespace Glow.Core.Db;

/// <summary>
/// An ordered byte-key, byte-value store: one table of the node's database. Keys compare as unsigned
/// bytes, lexicographically, so iteration order is the same on every machine. Single reads and writes are
/// atomic; several writes that must land together go through a <see cref="IWriteBatch"/> of the
/// <see cref="IDatabase"/> that owns the table.
/// </summary>
public interface IKeyValueStore
{
    /// <summary>The value under <paramref name="key"/>, or null when there is none.</summary>
    byte[]? Get(ReadOnlySpan<byte> key);

    /// <summary>True when a value is stored under <paramref name="key"/>.</summary>
    bool Contains(ReadOnlySpan<byte> key);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> at once (outside any batch).</summary>
    void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>Removes <paramref name="key"/> at once (outside any batch); nothing happens when it is absent.</summary>
    void Delete(ReadOnlySpan<byte> key);

    /// <summary>
    /// The entries whose keys start with <paramref name="prefix"/>, in key order, from a consistent view
    /// taken when enumeration starts.
    /// </summary>
    IEnumerable<KeyValuePair<byte[], byte[]>> Iterate(byte[] prefix);
}
