namespace Glow.Core.Db;

/// <summary>
/// Writes to any tables of one <see cref="IDatabase"/> that become visible together on <see cref="Commit"/>,
/// or not at all: a crash before or during the commit leaves the database as it was before the batch.
/// Disposing without committing discards the writes.
/// </summary>
public interface IWriteBatch : IDisposable
{
    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> in <paramref name="table"/> when the batch commits.</summary>
    void Put(DbTable table, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>Removes <paramref name="key"/> from <paramref name="table"/> when the batch commits.</summary>
    void Delete(DbTable table, ReadOnlySpan<byte> key);

    /// <summary>Number of writes queued so far.</summary>
    int Count { get; }

    /// <summary>Applies every write atomically and durably. A batch commits once.</summary>
    void Commit();
}
