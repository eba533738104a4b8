using System.Diagnostics;
using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Db;
using Glow.Evm.Processing;
using Glow.Node.Processing;
using Glow.State;

namespace Glow.Node.Chain;

/// <summary>
/// The chain of blocks and the choice of its head. Imports blocks (validated and executed by the
/// <see cref="IBlockProcessor"/> of the chain), commits blocks the producer built, keeps side branches, and moves the canonical head
/// (extension, reorganisation, rewind) with the state, the canonical index, the transaction index and the head pointer
/// switched in one database batch: after a crash the database holds the old head or the new one, never a mix.
/// One writer at a time; reads (through <see cref="Chain"/> and <see cref="State"/>) from any thread.
/// </summary>
public sealed partial class BlockTree
{
    private readonly Lock _writeLock = new();

    /// <summary>
    /// Opens the chain in the database behind <paramref name="chain"/> and <paramref name="state"/>, storing the genesis of
    /// <paramref name="processor"/>'s chainspec when the database is empty.
    /// </summary>
    /// <exception cref="DatabaseException">The database holds another chain (another genesis), or its chain and state
    /// disagree about the head (a damaged database).</exception>
    public BlockTree(ChainStore chain, StateStore state, IBlockProcessor processor)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(processor);
        Chain = chain;
        State = state;
        Processor = processor;
        var genesis = processor.Genesis;
        if (chain.Head is null)
        {
            if (state.Head is not null)
            {
                throw new DatabaseException($"The database holds state up to block {state.Head.Value.BlockNumber} but no chain: it is damaged or was made by another program.");
            }

            var world = state.BeginLatest();
            GenesisState.Apply(world, processor.GenesisAlloc);
            world.Commit(0, batch =>
            {
                ChainStore.AddBlock(batch, genesis, [], []);
                ChainStore.AddCanonical(batch, genesis);
                ChainStore.SetHead(batch, genesis.Header);
            });
            chain.Published(genesis.Header);
        }
        else if (chain.GetCanonicalHash(0) is not { } stored || stored != genesis.Hash)
        {
            throw new DatabaseException($"The database holds the chain with genesis {chain.GetCanonicalHash(0)?.ToString() ?? "(none)"}, not {genesis.Hash} of chain '{processor.ChainName}' (chain id {processor.ChainId}): use another data directory.");
        }

        var head = chain.Head!;
        if (state.Head is not { } stateHead || stateHead.BlockNumber != head.Number || stateHead.Root != head.StateRoot)
        {
            throw new DatabaseException($"The chain head is block {head.Number} (state root {head.StateRoot}) but the state head is {state.Head?.ToString() ?? "missing"}: the database is damaged.");
        }
    }

    /// <summary>Raised after the canonical head moved (and the move is stored), on the thread that moved it.</summary>
    public event EventHandler<HeadChange>? HeadChanged;

    /// <summary>The stored blocks.</summary>
    public ChainStore Chain { get; }

    /// <summary>The stored states.</summary>
    public StateStore State { get; }

    /// <summary>The block rules.</summary>
    public IBlockProcessor Processor { get; }

    /// <summary>The canonical head.</summary>
    public BlockHeader Head => Chain.Head!;

    /// <summary>
    /// Validates, executes and stores <paramref name="block"/>. A block on the head extends the chain; a block on another
    /// stored block starts or extends a side branch, and when that branch becomes heavier the chain reorganises onto it.
    /// Heavier means higher for now (every block is final once GLOW's BFT commits it, which will make finality the rule).
    /// </summary>
    /// <exception cref="StateException">A side branch in a database that prunes history (side states are kept in archive mode only).</exception>
    public ImportResult Import(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        lock (_writeLock)
        {
            if (Chain.Contains(block.Hash))
            {
                return new ImportResult(ImportOutcome.AlreadyKnown);
            }

            if (Chain.GetHeader(block.Header.ParentHash) is not { } parent)
            {
                return new ImportResult(ImportOutcome.UnknownParent, new BlockRejection(BlockInvalidReason.UnknownParent, $"parent {block.Header.ParentHash} is not known"));
            }

            var head = Head;
            if (parent.Hash == head.Hash)
            {
                var world = State.BeginLatest();
                var result = Processor.Process(block, parent, world, new AncestorHashes(Chain, parent));
                if (!result.IsValid)
                {
                    return new ImportResult(ImportOutcome.Invalid, result.Rejection);
                }

                CommitOnHead(new ProducedBlock(block, result.Senders, result.Receipts), world);
                return new ImportResult(ImportOutcome.NewHead);
            }

            if (!State.Contains(parent.StateRoot))
            {
                return new ImportResult(ImportOutcome.Invalid, new BlockRejection(BlockInvalidReason.UnknownParent, $"the state of parent block {parent.Number} ({parent.Hash}) is no longer stored"));
            }

            var side = State.BeginAt(parent.StateRoot);
            var sideResult = Processor.Process(block, parent, side, new AncestorHashes(Chain, parent));
            if (!sideResult.IsValid)
            {
                return new ImportResult(ImportOutcome.Invalid, sideResult.Rejection);
            }

            side.CommitDetached();
            using (var batch = State.Database.StartBatch())
            {
                ChainStore.AddBlock(batch, block, sideResult.Senders, sideResult.Receipts);
                batch.Commit();
            }

            if (block.Number <= head.Number)
            {
                return new ImportResult(ImportOutcome.SideBranch);
            }

            MoveHeadTo(block.Header);
            return new ImportResult(ImportOutcome.Reorganised);
        }
    }

    /// <summary>
    /// Moves the canonical head to the stored block <paramref name="hash"/>, an ancestor of the head (a rewind, as dev
    /// mode's <c>evm_revert</c> does) or the tip of a side branch; the state goes with it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The block is not stored, or its state is not.</exception>
    public void SetHead(in Hash256 hash)
    {
        lock (_writeLock)
        {
            var target = Chain.GetHeader(hash) ?? throw new InvalidOperationException($"Block {hash} is not stored.");
            if (!State.Contains(target.StateRoot))
            {
                throw new InvalidOperationException($"The state of block {target.Number} ({hash}) is no longer stored.");
            }

            if (target.Hash != Head.Hash)
            {
                MoveHeadTo(target);
            }
        }
    }

    /// <summary>
    /// Builds a block on the head and commits it, holding the writer lock throughout so that nothing moves the head
    /// meanwhile. <paramref name="build"/> gets the head, a world state on it and BLOCKHASH for the new block, and
    /// returns the sealed block (or null to produce nothing).
    /// </summary>
    public ProducedBlock? Produce(Func<BlockHeader, WorldState, Evm.Processing.IBlockHashProvider, ProducedBlock?> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        lock (_writeLock)
        {
            var head = Head;
            var world = State.BeginLatest();
            var produced = build(head, world, new AncestorHashes(Chain, head));
            if (produced is not null)
            {
                CommitOnHead(produced, world);
            }

            return produced;
        }
    }

    private void CommitOnHead(ProducedBlock produced, WorldState world)
    {
        var block = produced.Block;
        var started = Stopwatch.GetTimestamp();
        world.Commit(block.Number, batch =>
        {
            ChainStore.AddBlock(batch, block, produced.Senders, produced.Receipts, produced.Edits);
            ChainStore.AddCanonical(batch, block);
            ChainStore.SetHead(batch, block.Header);
        });
        Chain.Published(block.Header);
        produced.Timings.Commit = Stopwatch.GetElapsedTime(started);
        HeadChanged?.Invoke(this, new HeadChange(block, [block], []));
    }

    private void MoveHeadTo(BlockHeader target)
    {
        var added = new List<Block>();
        var cursor = target;
        while (!Chain.IsCanonical(cursor))
        {
            added.Add(Chain.GetBlock(cursor.Hash) ?? throw new DatabaseException($"Block {cursor.Hash} of a side branch is missing its body."));
            cursor = Chain.GetHeader(cursor.ParentHash) ?? throw new DatabaseException($"Block {cursor.ParentHash}, parent of a stored block, is missing.");
        }

        added.Reverse();
        var removed = new List<Block>();
        for (var number = Head.Number; number > cursor.Number; number--)
        {
            removed.Add(Chain.GetBlock(number) ?? throw new DatabaseException($"Canonical block {number} is missing."));
        }

        var newCanonical = added.ConvertAll(b => new StateHead(b.Number, b.Header.StateRoot));
        State.MoveHead(new StateHead(target.Number, target.StateRoot), newCanonical, batch =>
        {
            foreach (var block in removed)
            {
                ChainStore.RemoveCanonical(batch, block);
            }

            foreach (var block in added)
            {
                ChainStore.AddCanonical(batch, block);
            }

            ChainStore.SetHead(batch, target);
        });
        Chain.Published(target);
        var head = added.Count > 0 ? added[^1] : Chain.GetBlock(target.Hash)!;
        HeadChanged?.Invoke(this, new HeadChange(head, added, removed));
    }
}
