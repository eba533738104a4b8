namespace Glow.Core.Db;

/// <summary>
/// The node's database: a fixed set of tables (<see cref="DbTable"/>, the schema) and atomic write batches
/// across them. Implementations: in memory for tests and <c>--in-memory</c>, SQLite on disk (Glow.State).
/// </summary>
public interface IDatabase : IDisposable
{
    /// <summary>The table <paramref name="table"/>.</summary>
    IKeyValueStore this[DbTable table] { get; }

    /// <summary>Starts a batch of writes that commit together.</summary>
    IWriteBatch StartBatch();
}
