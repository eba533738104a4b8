namespace Glow.State.Db;

/// <summary>Settings of a <see cref="SqliteDatabase"/>. The defaults suit a node; each says why.</summary>
public sealed class SqliteDatabaseOptions
{
    /// <summary>The default settings.</summary>
    public static SqliteDatabaseOptions Default { get; } = new();

    /// <summary>
    /// What a commit waits for (see <see cref="SqliteSynchronous"/>). Default <see cref="SqliteSynchronous.Normal"/>:
    /// durable against a process crash, consistent after a power loss.
    /// </summary>
    public SqliteSynchronous Synchronous { get; init; } = SqliteSynchronous.Normal;

    /// <summary>
    /// Page cache of the one writing connection, in MiB (<c>PRAGMA cache_size</c>). Large batches that fit in
    /// it are written to the log once, at commit, instead of spilling pages early. Default 64.
    /// </summary>
    public int WriterCacheMegabytes { get; init; } = 64;

    /// <summary>
    /// Page cache of each reading connection, in MiB. Small, because reads of the main file go through the
    /// memory map (<see cref="MemoryMapMegabytes"/>), which every connection shares. Default 8.
    /// </summary>
    public int ReaderCacheMegabytes { get; init; } = 8;

    /// <summary>
    /// How much of the database file each connection reads through a shared memory map (<c>PRAGMA mmap_size</c>),
    /// in MiB: reads then cost no system call and no copy into a private cache. 0 turns it off. Default 1024.
    /// </summary>
    public int MemoryMapMegabytes { get; init; } = 1024;

    /// <summary>
    /// A batch keeps its writes in memory up to this many MiB and then starts writing them into an open
    /// transaction (taking the writer until it commits or is disposed), so a batch of any size needs bounded
    /// memory. Default 16.
    /// </summary>
    public int BatchSpillMegabytes { get; init; } = 16;

    /// <summary>How long a connection waits for a lock held by another connection before failing. Default 5 s.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Called on the committing thread right before a batch's <c>COMMIT</c> runs. Only for the crash test,
    /// which kills the writing process at that moment.
    /// </summary>
    internal Action? CommitStarting { get; init; }
}
