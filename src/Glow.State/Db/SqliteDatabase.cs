using Glow.Core.Db;

namespace Glow.State.Db;

/// <summary>
/// The node's database on disk: one SQLite file (<see cref="FileName"/>) in a data directory, one SQLite table
/// per <see cref="DbTable"/>, in WAL mode. Batches are SQLite transactions (<c>BEGIN IMMEDIATE … COMMIT</c>), so
/// a batch is applied entirely or not at all, even when the process is killed during its commit.
/// </summary>
/// <remarks>
/// <para>Threads: any number of threads may read while one batch commits. Reads take a connection from a pool
/// (one per concurrent reader; WAL lets readers proceed during a write, each seeing the last commit before its
/// statement started). Writes go through the one writing connection, behind a gate.</para>
/// <para>Processes: the directory holds a <see cref="LockFileName"/> file locked while the database is open, so a
/// second process (or a second open in this one) gets a <see cref="DatabaseException"/> instead of sharing the
/// file.</para>
/// <para>Opening refuses, with a <see cref="DatabaseException"/> naming the file and the problem, a file that is
/// not SQLite, a truncated file, a SQLite database of another program, and another schema version. Nothing is
/// ever overwritten. Errors of SQLite later on (a corrupt page, a full disk) are <see cref="DatabaseException"/>s
/// too.</para>
/// <para>Dispose once every read, enumeration and batch has finished.</para>
/// </remarks>
public sealed partial class SqliteDatabase : IDatabase
{
    /// <summary>The database file's name in the data directory.</summary>
    public const string FileName = "glow.db";

    /// <summary>The lock file's name in the data directory.</summary>
    public const string LockFileName = "LOCK";

    private readonly FileStream _lockFile;
    private readonly SqliteConnection _writer;
    private readonly SemaphoreSlim _writerGate = new(1, 1);
    private readonly Lock _readersLock = new();
    private readonly Stack<SqliteConnection> _idleReaders = new();
    private readonly List<SqliteConnection> _allReaders = [];
    private readonly SqliteKeyValueStore[] _tables;
    private int _writerThread;
    private long _generation;
    private bool _disposed;

    private SqliteDatabase(string path, FileStream lockFile, SqliteConnection writer, SqliteDatabaseOptions options)
    {
        FilePath = path;
        Options = options;
        _lockFile = lockFile;
        _writer = writer;
        _tables = new SqliteKeyValueStore[SqliteSchema.TableSlots];
        foreach (var table in SqliteSchema.Tables)
        {
            _tables[(int)table] = new SqliteKeyValueStore(this, table);
        }
    }

    /// <summary>The version of the native SQLite library in use (loading it if needed).</summary>
    public static string SqliteVersion => SqliteLibrary.Version;

    /// <summary>The schema version this build reads and writes (<c>Metadata/schema-version</c>).</summary>
    public static int SchemaVersion => SqliteSchema.Version;

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <summary>The settings it was opened with.</summary>
    public SqliteDatabaseOptions Options { get; }

    /// <inheritdoc />
    public IKeyValueStore this[DbTable table] => _tables[(int)table];

    /// <summary>
    /// Opens the database in <paramref name="directory"/>, creating the directory and an empty database when
    /// there is none.
    /// </summary>
    /// <exception cref="DatabaseException">The directory is in use by another process, or its database file
    /// cannot be used (not SQLite, truncated, corrupt, another program's, another schema version).</exception>
    public static SqliteDatabase Open(string directory, SqliteDatabaseOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        options ??= SqliteDatabaseOptions.Default;
        var lockFile = LockDirectory(directory);
        SqliteConnection? writer = null;
        try
        {
            var path = Path.GetFullPath(Path.Combine(directory, FileName));
            SqliteFileCheck.Inspect(path);
            writer = SqliteConnection.Open(path, readOnly: false, SqliteSchema.TableSlots, options.WriterCacheMegabytes, options);
            // Checks first, with reads only: a file that is not ours must be left exactly as it was.
            var missing = CheckSchema(writer);
            ConfigureWriter(writer, options, isNew: missing.Length == SqliteSchema.Tables.Length);
            if (missing.Length > 0)
            {
                CreateTables(writer, missing, writeVersion: missing.Length == SqliteSchema.Tables.Length);
            }
            else
            {
                // Fail now, not at the first commit, when another program holds the file's write lock (it
                // would have to bypass our lock file to do so).
                writer.Execute("BEGIN IMMEDIATE");
                writer.Execute("ROLLBACK");
            }

            return new SqliteDatabase(path, lockFile, writer, options);
        }
        catch
        {
            writer?.Dispose();
            lockFile.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The batch keeps its writes in memory until they pass <see cref="SqliteDatabaseOptions.BatchSpillMegabytes"/>;
    /// from then on it holds the writer in an open transaction until it commits or is disposed, and other writes
    /// wait. A thread filling such a batch must not write outside it (that would wait for itself, so it throws).
    /// </remarks>
    public IWriteBatch StartBatch()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new SqliteWriteBatch(this);
    }

    /// <summary>Closes every connection (checkpointing the log into the file) and releases the directory lock.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        lock (_readersLock)
        {
            foreach (var reader in _allReaders)
            {
                reader.Dispose();
            }

            _allReaders.Clear();
            _idleReaders.Clear();
        }

        _writer.RollbackQuietly();
        _writer.Dispose();
        _writerGate.Dispose();
        _lockFile.Dispose();
    }

    /// <summary>
    /// Takes a reading connection that sees every commit finished so far; give it back with
    /// <see cref="ReturnReader"/>. Its read transaction lasts until a later rent finds it outdated, or until
    /// a commit starts while it is idle (<see cref="BeforeCommit"/>).
    /// </summary>
    internal SqliteConnection RentReader()
    {
        var generation = Volatile.Read(ref _generation);
        SqliteConnection? reader;
        lock (_readersLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _ = _idleReaders.TryPop(out reader);
        }

        reader ??= OpenReader();
        try
        {
            reader.EnsureSnapshot(generation);
            return reader;
        }
        catch
        {
            ReturnReader(reader);
            throw;
        }
    }

    /// <summary>Gives back a connection from <see cref="RentReader"/>.</summary>
    internal void ReturnReader(SqliteConnection reader)
    {
        lock (_readersLock)
        {
            if (!_disposed)
            {
                _idleReaders.Push(reader);
            }
        }
    }

    /// <summary>
    /// Called by the writer right before a commit: idle readers end their read transactions, so the checkpoint
    /// that may follow the commit is not held back by snapshots nobody is using.
    /// </summary>
    internal void BeforeCommit()
    {
        lock (_readersLock)
        {
            foreach (var reader in _idleReaders)
            {
                reader.EndSnapshot();
            }
        }
    }

    /// <summary>Called by the writer once a commit is durable: readers rented from now on see it.</summary>
    internal void AfterCommit() => Interlocked.Increment(ref _generation);

    private SqliteConnection OpenReader()
    {
        var reader = SqliteConnection.Open(FilePath, readOnly: true, SqliteSchema.TableSlots, Options.ReaderCacheMegabytes, Options);
        lock (_readersLock)
        {
            if (_disposed)
            {
                reader.Dispose();
                ObjectDisposedException.ThrowIf(_disposed, this);
            }

            _allReaders.Add(reader);
        }

        return reader;
    }

    /// <summary>Takes the writing connection, waiting for the current holder; give it back with <see cref="ExitWriter"/>.</summary>
    /// <exception cref="InvalidOperationException">This thread holds the writer already (through a batch that spilled).</exception>
    internal SqliteConnection EnterWriter()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var thread = Environment.CurrentManagedThreadId;
        if (Volatile.Read(ref _writerThread) == thread)
        {
            throw new InvalidOperationException(
                "This thread holds the database writer through an open batch that has grown past BatchSpillMegabytes; writing outside that batch would wait for itself. Write through the batch, or commit it first.");
        }

        _writerGate.Wait();
        Volatile.Write(ref _writerThread, thread);
        return _writer;
    }

    /// <summary>Gives back the writing connection.</summary>
    internal void ExitWriter()
    {
        Volatile.Write(ref _writerThread, 0);
        _writerGate.Release();
    }

    private static FileStream LockDirectory(string directory)
    {
        var lockPath = Path.GetFullPath(Path.Combine(directory, LockFileName));
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseException($"The data directory {Path.GetFullPath(directory)} cannot be created: {e.Message}", e);
        }

        try
        {
            // FileShare.None takes an exclusive advisory lock (flock on Unix), released by the kernel when the
            // process dies, so a killed node never leaves a stale lock behind.
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new DatabaseException(
                $"The database in {Path.GetFullPath(directory)} is in use by another process (cannot lock {lockPath}). Stop the other node or choose another data directory.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new DatabaseException($"The lock file {lockPath} cannot be opened: {e.Message}", e);
        }
    }
}
