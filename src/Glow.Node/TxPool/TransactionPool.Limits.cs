using Glow.Core.Numerics;
using Glow.Core.Transactions;

namespace Glow.Node.TxPool;

public sealed partial class TransactionPool
{
    /// <summary>
    /// Whether a new transaction fits: when its class (pending or queued) is full, it must pay more than the cheapest
    /// transaction of that class that another sender could give up, which is then evicted by <see cref="EnforceLimits"/>.
    /// </summary>
    private bool HasRoomFor(SenderQueue queue, int index, Transaction tx, in UInt256 cost)
    {
        var toPending = queue.WouldBePending(index, cost);
        var full = toPending ? _pendingCount >= _options.MaxPending : _queuedCount >= _options.MaxQueued;
        if (!full)
        {
            return true;
        }

        var cheapest = FindCheapestTail(toPending, queue, null);
        return cheapest is not null && Compare(tx, cheapest.Tx) > 0;
    }

    /// <summary>
    /// Evicts the cheapest transactions while a class is over its limit. Only a sender's highest nonce of the class is a
    /// candidate, so pending transactions never get a gap below them; <paramref name="keep"/> (the newcomer) is spared.
    /// </summary>
    private void EnforceLimits(PoolEntry? keep)
    {
        while (_pendingCount > _options.MaxPending && FindCheapestTail(pending: true, null, keep) is { } victim)
        {
            Remove(victim);
        }

        while (_queuedCount > _options.MaxQueued && FindCheapestTail(pending: false, null, keep) is { } victim)
        {
            Remove(victim);
        }
    }

    /// <summary>
    /// The cheapest sender tail of a class, by effective gas price at the next base fee (then fee cap, then tip; among
    /// equals the newest goes first). A linear scan over the senders: it runs only when the pool is full.
    /// </summary>
    private PoolEntry? FindCheapestTail(bool pending, SenderQueue? excludeSender, PoolEntry? keep)
    {
        PoolEntry? cheapest = null;
        foreach (var queue in _senders.Values)
        {
            if (ReferenceEquals(queue, excludeSender))
            {
                continue;
            }

            var tail = pending ? queue.PendingTail : queue.QueuedTail;
            if (tail is null || ReferenceEquals(tail, keep))
            {
                continue;
            }

            if (cheapest is null)
            {
                cheapest = tail;
                continue;
            }

            var order = Compare(tail.Tx, cheapest.Tx);
            if (order < 0 || (order == 0 && tail.Sequence > cheapest.Sequence))
            {
                cheapest = tail;
            }
        }

        return cheapest;
    }

    /// <summary>Orders two transactions by what they pay a producer at the next base fee.</summary>
    private int Compare(Transaction a, Transaction b)
    {
        var order = UInt256.Compare(a.EffectiveGasPrice(_baseFee), b.EffectiveGasPrice(_baseFee));
        if (order != 0)
        {
            return order;
        }

        order = UInt256.Compare(a.MaxFeePerGas, b.MaxFeePerGas);
        return order != 0 ? order : UInt256.Compare(a.MaxPriorityFeePerGas, b.MaxPriorityFeePerGas);
    }

    /// <summary>Takes one entry out of the pool and re-settles its sender (later nonces become queued).</summary>
    private void Remove(PoolEntry entry)
    {
        var queue = _senders[entry.Sender];
        var (pending, queued) = (queue.PendingCount, queue.QueuedCount);
        queue.RemoveAt((int)(entry.Nonce - queue.StateNonce));
        _byHash.Remove(entry.Hash);
        queue.Settle(null);
        Recount(queue, pending, queued);
    }
}
