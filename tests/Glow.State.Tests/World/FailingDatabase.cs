using Glow.Core.Db;
using Glow.State.Db;

namespace Glow.State.Tests.World;

/// <summary>A <see cref="MemoryDatabase"/> whose batches fail to commit while <see cref="FailCommits"/> is set (a disk error, say).</summary>
internal sealed class FailingDatabase : IDatabase
{
    private readonly MemoryDatabase _inner = new();

    public bool FailCommits { get; set; }

    public IKeyValueStore this[DbTable table] => _inner[table];

    public IWriteBatch StartBatch() => new Batch(this, _inner.StartBatch());

    public void Dispose() => _inner.Dispose();

    private sealed class Batch(FailingDatabase owner, IWriteBatch inner) : IWriteBatch
    {
        public int Count => inner.Count;

        public void Put(DbTable table, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => inner.Put(table, key, value);

        public void Delete(DbTable table, ReadOnlySpan<byte> key) => inner.Delete(table, key);

        public void Commit()
        {
            if (owner.FailCommits)
            {
                throw new DatabaseException("injected failure: the batch did not commit");
            }

            inner.Commit();
        }

        public void Dispose() => inner.Dispose();
    }
}
