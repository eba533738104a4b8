using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.State;
using Glow.Core.Transactions;
using Glow.Evm.Processing;
using Glow.Evm.Tracing;

namespace Glow.Node.Processing;

/// <summary>
/// One block being executed, transaction after transaction, by import (all of a given block's transactions) or by the
/// producer (those of the pool that fit). Keeps the receipts, senders, gas and bloom.
/// </summary>
internal sealed class BlockExecution
{
    private readonly TransactionProcessor _processor;

    public BlockExecution(TransactionProcessor processor, BlockContext context, IWorldState state)
    {
        _processor = processor;
        Context = context;
        State = state;
    }

    public BlockContext Context { get; }

    /// <summary>
    /// Starts executing a block with <paramref name="header"/>'s context (number, timestamp, coinbase, gas limit, base fee,
    /// mix hash, excess blob gas) on <paramref name="state"/> under <paramref name="rules"/>: runs the EIP-4788 beacon-root
    /// system call when the fork has it, with the header's parent beacon block root (zero on our chain, protocol.md §2,
    /// and on a template that has none yet); without the contract in the state the call does nothing.
    /// </summary>
    public static BlockExecution Start(IBlockProcessor rules, BlockHeader header, IWorldState state, IBlockHashProvider blockHashes, TransactionProcessor processor)
    {
        var context = BlockContext.From(header, rules.ChainId, blockHashes);
        if (rules.Spec.IsEip4788Enabled)
        {
            var root = header.ParentBeaconBlockRoot ?? Hash256.Zero;
            processor.ExecuteSystemCall(state, context, BeaconRoots.SystemAddress, BeaconRoots.ContractAddress, root.ToArray(), BeaconRoots.SystemCallGas);
        }

        return new BlockExecution(processor, context, state);
    }

    public IWorldState State { get; }

    public List<Transaction> Transactions { get; } = [];

    public List<Address> Senders { get; } = [];

    public List<Receipt> Receipts { get; } = [];

    public ulong GasUsed { get; private set; }

    public Bloom Bloom => _bloom;

    public ulong GasLeft => Context.GasLimit - GasUsed;

    private Bloom _bloom;

    /// <summary>
    /// Executes <paramref name="tx"/> with the sender <paramref name="checks"/> (all of them, unless the caller replays a
    /// stored block or dev mode impersonates a contract); an invalid one leaves the state and this block as they were.
    /// </summary>
    public TransactionResult Apply(Transaction tx, in Address sender, ITxTracer? tracer = null, TransactionChecks checks = TransactionChecks.All)
    {
        var result = _processor.Execute(State, Context, tx, sender, GasUsed, tracer, checks);
        if (!result.IsValid)
        {
            return result;
        }

        GasUsed += result.GasUsed;
        var receipt = result.ToReceipt(tx.Type, GasUsed);
        _bloom.Accumulate(receipt.Bloom);
        Transactions.Add(tx);
        Senders.Add(sender);
        Receipts.Add(receipt);
        return result;
    }
}
