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

    public IWorldState State { get; }

    public List<Transaction> Transactions { get; } = [];

    public List<Address> Senders { get; } = [];

    public List<Receipt> Receipts { get; } = [];

    public ulong GasUsed { get; private set; }

    public Bloom Bloom => _bloom;

    public ulong GasLeft => Context.GasLimit - GasUsed;

    private Bloom _bloom;

    /// <summary>Executes <paramref name="tx"/>; an invalid one leaves the state and this block as they were.</summary>
    public TransactionResult Apply(Transaction tx, in Address sender, ITxTracer? tracer = null)
    {
        var result = _processor.Execute(State, Context, tx, sender, GasUsed, tracer);
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
