namespace Glow.State.Db;

/// <summary>
/// When SQLite waits for the disk (<c>PRAGMA synchronous</c>) in WAL mode. Both settings keep every commit
/// atomic and the database consistent; they differ in what survives a power loss or kernel crash.
/// </summary>
public enum SqliteSynchronous
{
    /// <summary>
    /// A commit appends to the write-ahead log without waiting for the disk; the log is synced at each
    /// checkpoint. A committed batch survives the process being killed (the data is in the operating
    /// system's cache), but a power loss can roll back the last commits since the previous checkpoint, to an
    /// earlier consistent state. The default: a node re-fetches the few blocks lost that way.
    /// </summary>
    Normal = 1,

    /// <summary>
    /// Each commit waits until the write-ahead log is on the disk (an <c>fsync</c> per commit), so a batch
    /// whose <see cref="Glow.Core.Db.IWriteBatch.Commit"/> returned survives a power loss too. Costs one
    /// disk flush per commit.
    /// </summary>
    Full = 2,
}
