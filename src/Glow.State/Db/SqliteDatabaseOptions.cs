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
    /// in MiB: reads then cost no system call and no copy into a private cache (random point reads measured
    /// twice as fast with it). 0 turns it off. The bundled SQLite caps it just below 2 GiB; the part of a larger
    /// file beyond the map is read with system calls. Default 2048 (the cap).
    /// </summary>
    public int MemoryMapMegabytes { get; init; } = 2048;

    /// <summary>
    /// A batch keeps its writes in memory up to this many MiB and then starts writing them into an open
    /// transaction (taking the writer until it commits or is disposed), so a batch of any size needs bounded
    /// memory. Default 16.
    /// </summary>
    public int BatchSpillMegabytes { get; init; } = 16;

    /// <summary>
    /// Page size in bytes of a new database file (512 to 65536, a power of two); an existing file keeps its own.
    /// Default 4096, the memory page of the usual machine.
    /// </summary>
    public int PageSize { get; init; } = 4096;

    /// <summary>
    /// The writer copies the log back into the database file once the log passes this many MiB
    /// (<c>PRAGMA wal_autocheckpoint</c>, counted in pages). Larger values copy a page changed by several
    /// commits once instead of once per commit, at the cost of a larger log to scan on recovery. Default 64.
    /// </summary>
    public int CheckpointMegabytes { get; init; } = 64;

    /// <summary>How long a connection waits for a lock held by another connection before failing. Default 5 s.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The most pages the database may hold (<c>PRAGMA max_page_count</c> on the writing connection), 0 for SQLite's
    /// own limit (the default). A batch that would grow the database past it fails as a full disk does: with a
    /// <see cref="Core.Db.DatabaseException"/> saying the disk is full, and nothing of it written. A limit below the
    /// current size acts as the current size. For tests of a full disk, and to cap a database's size.
    /// </summary>
    public long MaxPageCount { get; init; }

    /// <summary>
    /// Called on the committing thread right before a batch's <c>COMMIT</c> runs. Only for the crash test,
    /// which kills the writing process at that moment.
    /// </summary>
    internal Action? CommitStarting { get; init; }
}
