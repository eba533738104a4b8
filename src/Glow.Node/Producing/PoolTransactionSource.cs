using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Node.TxPool;

namespace Glow.Node.Producing;

/// <summary>The pool's pending transactions, best effective tip first, each sender's in nonce order.</summary>
/// <param name="pool">The pool to take from (transactions stay in it until their block is committed).</param>
public sealed class PoolTransactionSource(TransactionPool pool) : ITransactionSource
{
    /// <inheritdoc />
    public ITransactionCursor Select(in UInt256 baseFee) => new Cursor(pool.SelectPending(baseFee));

    private sealed class Cursor(PendingSelection selection) : ITransactionCursor
    {
        public bool TryNext(ulong gasLeft, out Transaction transaction, out Address sender)
        {
            if (selection.TryNext(gasLeft, out var next))
            {
                transaction = next;
                sender = next.RecoverSender()!.Value;
                return true;
            }

            transaction = null!;
            sender = default;
            return false;
        }

        public void SkipSender() => selection.SkipSender();
    }
}
