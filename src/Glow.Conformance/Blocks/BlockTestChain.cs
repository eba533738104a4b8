using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Evm.Processing;
using Glow.State;
using Glow.State.Db;

namespace Glow.Conformance.Blocks;

/// <summary>
/// The chain a blockchain test builds: a tree of accepted blocks by hash over an archive <see cref="StateStore"/> in memory.
/// The head is the last block accepted (after the Merge the fork choice comes from outside; the tests give it by their
/// order). A block on top of the committed tip is executed on the latest state and committed as the new tip; a block on
/// any other known parent (a side branch) is executed on that parent's stored state and its state stored off the head
/// (<see cref="WorldState.CommitDetached"/>), so each block is executed once. States that were never stored (none in
/// an archive store) would be rebuilt by replaying from the nearest stored ancestor.
/// </summary>
internal sealed class BlockTestChain
{
    private readonly StateStore _store = new(new MemoryDatabase());
    private readonly BlockExecutor _executor;
    private readonly Dictionary<Hash256, ChainBlock> _blocks = [];
    private ChainBlock _committedTip;

    private BlockTestChain(BlockExecutor executor, ChainBlock genesis)
    {
        _executor = executor;
        _committedTip = genesis;
        Head = genesis;
        _blocks.Add(genesis.Hash, genesis);
    }

    /// <summary>The last block accepted.</summary>
    public ChainBlock Head { get; private set; }

    /// <summary>The store holding every committed state.</summary>
    public StateStore Store => _store;

    /// <summary>
    /// A chain whose genesis is <paramref name="genesis"/> with <paramref name="alloc"/> as its state. Throws
    /// <see cref="InvalidDataException"/> when the allocation's root is not the genesis header's.
    /// </summary>
    public static BlockTestChain Create(BlockExecutor executor, Block genesis, IReadOnlyDictionary<Address, GenesisAccount> alloc)
    {
        var chain = new BlockTestChain(executor, new ChainBlock(genesis.Header, null, null));
        var root = GenesisState.Commit(chain._store, alloc);
        if (root != genesis.Header.StateRoot)
        {
            throw new InvalidDataException($"genesis state root {root}, header has {genesis.Header.StateRoot}");
        }

        return chain;
    }

    /// <summary>Imports <paramref name="block"/>: null when accepted (it becomes the head), else why it was rejected.</summary>
    public BlockRejection? Import(Block block)
    {
        if (!_blocks.TryGetValue(block.Header.ParentHash, out var parent))
        {
            return new BlockRejection(BlockInvalidReason.UnknownParent, $"parent {block.Header.ParentHash} is not known");
        }

        var onTip = ReferenceEquals(parent, _committedTip);
        var state = onTip ? _store.BeginLatest() : OpenAt(parent);
        var result = _executor.Execute(parent.Header, block, state, parent);
        if (result.Rejection is { } rejection)
        {
            return rejection;
        }

        var added = new ChainBlock(block.Header, block, parent);
        if (onTip)
        {
            state.Commit(block.Number);
            _committedTip = added;
        }
        else
        {
            state.CommitDetached();
        }

        _blocks.TryAdd(added.Hash, added);
        Head = added;
        return null;
    }

    /// <summary>The state after <paramref name="block"/>, as a world state (for reading the post-state).</summary>
    public WorldState StateAfter(ChainBlock block)
    {
        if (_store.Contains(block.Header.StateRoot))
        {
            return _store.BeginAt(block.Header.StateRoot);
        }

        var state = OpenAt(block.Parent!);
        Replay(block, state);
        return state;
    }

    /// <summary>A world state holding the state after <paramref name="parent"/>, replaying blocks whose state was never stored.</summary>
    private WorldState OpenAt(ChainBlock parent)
    {
        var path = new Stack<ChainBlock>();
        var stored = parent;
        while (!_store.Contains(stored.Header.StateRoot))
        {
            path.Push(stored);
            stored = stored.Parent ?? throw new InvalidOperationException("genesis state is not stored");
        }

        var state = _store.BeginAt(stored.Header.StateRoot);
        while (path.Count > 0)
        {
            Replay(path.Pop(), state);
        }

        return state;
    }

    private void Replay(ChainBlock block, WorldState state)
    {
        var result = _executor.Execute(block.Parent!.Header, block.Block!, state, block.Parent);
        if (!result.IsValid)
        {
            throw new InvalidOperationException($"block {block.Hash} was accepted once but is rejected on replay: {result.Rejection}");
        }
    }
}
