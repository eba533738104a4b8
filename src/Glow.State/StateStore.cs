using System.Text;
using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Db;
using Glow.State.Trie;
using Glow.State.World;

namespace Glow.State;

/// <summary>
/// The state part of the node's database: trie nodes, flat tables, code, the root of every committed block and the
/// head. Hands out mutable <see cref="WorldState"/>s (one committer at a time) and read-only <see cref="StateView"/>s
/// of any stored root, which any number of threads may use while blocks commit.
/// </summary>
public sealed partial class StateStore
{
    private readonly Lock _commitLock = new();
    private StateHeadBox? _head;
    private int _version;

    /// <summary>Opens the state in <paramref name="database"/>, creating nothing until the first commit.</summary>
    /// <param name="database">The node's database.</param>
    /// <param name="history">How much history to keep; must match what the database was created with. Default: archive.</param>
    /// <param name="nodeCacheSlots">Decoded trie nodes kept in memory (see <see cref="TrieNodeStore"/>).</param>
    /// <exception cref="DatabaseException">The database keeps another history mode, or its state head is unreadable.</exception>
    public StateStore(IDatabase database, StateHistory? history = null, int nodeCacheSlots = TrieNodeStore.DefaultCacheSlots)
    {
        Database = database;
        History = history ?? StateHistory.Archive;
        Nodes = new TrieNodeStore(database, nodeCacheSlots);
        var metadata = database[DbTable.Metadata];
        var storedHead = metadata.Get(StateKeys.HeadKey);
        if (storedHead is not null)
        {
            _head = StateKeys.TryDecodeHead(storedHead, out var head)
                ? new StateHeadBox(head)
                : throw new DatabaseException($"The state head in the database is {storedHead.Length} bytes, not 40: the database is damaged.");
        }

        var storedHistory = metadata.Get(StateKeys.HistoryKey);
        if (storedHistory is null)
        {
            if (_head is not null && History.IsPruning)
            {
                throw new DatabaseException($"This database was created as an archive; it cannot switch to pruning ({History}). Use a new data directory to prune.");
            }

            metadata.Put(StateKeys.HistoryKey, Encoding.ASCII.GetBytes(History.ToString()));
        }
        else
        {
            var text = Encoding.ASCII.GetString(storedHistory);
            if (!StateHistory.TryParse(text, out var stored))
            {
                throw new DatabaseException($"The database's state history setting '{text}' is not understood.");
            }

            if (stored.IsPruning != History.IsPruning)
            {
                throw new DatabaseException($"This database keeps state as '{stored}', not '{History}'; the mode is fixed when a database is created.");
            }

            if (stored != History)
            {
                // The window may change between runs: a longer one fills up as new blocks come, a shorter one prunes
                // the excess at the next commit.
                metadata.Put(StateKeys.HistoryKey, Encoding.ASCII.GetBytes(History.ToString()));
            }
        }
    }

    /// <summary>The database holding the state.</summary>
    public IDatabase Database { get; }

    /// <summary>The trie node store (with its cache) shared by every trie of this state.</summary>
    public TrieNodeStore Nodes { get; }

    /// <summary>How much history is kept.</summary>
    public StateHistory History { get; }

    /// <summary>The latest committed state; null before the first commit (the state is then empty).</summary>
    public StateHead? Head => Volatile.Read(ref _head)?.Head;

    /// <summary>The root of the latest state: the head's, or the empty trie's before any commit.</summary>
    public Hash256 HeadRoot => Head?.Root ?? Keccak256.OfEmptyString;

    /// <summary>A world state on top of the head, which can commit the next block.</summary>
    public WorldState BeginLatest() => new(this, CreateHeadReader(HeadRoot), canCommit: true);

    /// <summary>A world state on top of a stored root (for calls and re-execution at a past block); it cannot commit.</summary>
    /// <exception cref="StateException">No state is stored under <paramref name="root"/>.</exception>
    public WorldState BeginAt(in Hash256 root)
    {
        EnsureStored(root);
        return new WorldState(this, new TrieStateReader(Nodes, root), canCommit: false);
    }

    /// <summary>A read-only view of the state under <paramref name="root"/>.</summary>
    /// <exception cref="StateException">No state is stored under <paramref name="root"/> (never committed, or pruned).</exception>
    public StateView ViewAt(in Hash256 root)
    {
        EnsureStored(root);
        return new StateView(this, new TrieStateReader(Nodes, root));
    }

    /// <summary>A read-only view of the latest state: reads use the flat tables, unless a commit races with them.</summary>
    public StateView ViewLatest() => new(this, CreateHeadReader(HeadRoot));

    /// <summary>The state root committed for block <paramref name="blockNumber"/>; false when none was, or it was pruned.</summary>
    public bool TryGetRoot(ulong blockNumber, out Hash256 root)
    {
        var value = Database[DbTable.StateRoots].Get(StateKeys.BlockKey(blockNumber));
        root = value is { Length: Hash256.Size } ? new Hash256(value) : default;
        return value is { Length: Hash256.Size };
    }

    /// <summary>True when the state under <paramref name="root"/> can be read (its root node is stored).</summary>
    public bool Contains(in Hash256 root) =>
        root == Keccak256.OfEmptyString || Database[DbTable.TrieNodes].Contains(root.Bytes);

    /// <summary>The code whose hash is <paramref name="codeHash"/>.</summary>
    /// <exception cref="StateException">The code is not stored.</exception>
    public ReadOnlyMemory<byte> ReadCode(in Hash256 codeHash)
    {
        if (codeHash == Keccak256.OfEmpty)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        return Database[DbTable.Code].Get(codeHash.Bytes)
            ?? throw new StateException($"The code with hash {codeHash} is not in the database.");
    }

    /// <summary>A reader of the latest state that falls back to the tries under <paramref name="root"/> when a commit races.</summary>
    internal IStateReader CreateHeadReader(in Hash256 root) => new LatestStateReader(this, root);

    /// <summary>The commit counter: odd while a commit is being applied (a seqlock for flat readers).</summary>
    internal int Version => Volatile.Read(ref _version);

    /// <summary>Adds the head to <paramref name="batch"/>, commits it, and moves the head.</summary>
    internal void Publish(IWriteBatch batch, in StateHead head)
    {
        batch.Put(DbTable.Metadata, StateKeys.HeadKey, StateKeys.EncodeHead(head));
        batch.Put(DbTable.StateRoots, StateKeys.BlockKey(head.BlockNumber), head.Root.Bytes);
        lock (_commitLock)
        {
            Interlocked.Increment(ref _version);
            try
            {
                batch.Commit();
                Volatile.Write(ref _head, new StateHeadBox(head));
            }
            finally
            {
                Interlocked.Increment(ref _version);
            }
        }
    }

    private void EnsureStored(in Hash256 root)
    {
        if (!Contains(root))
        {
            throw new StateException(History.IsPruning
                ? $"No state with root {root} is stored: it was never committed, or is older than the last {History.KeptBlocks} blocks kept."
                : $"No state with root {root} is stored.");
        }
    }

    /// <summary>The head as one reference, so readers see block number and root together.</summary>
    private sealed record StateHeadBox(StateHead Head);
}
