using Glow.Core.Blocks;
using Glow.Core.Numerics;
using Glow.Core.State;
using Glow.Core.Transactions;

namespace Glow.Node.TxPool;

public sealed partial class TransactionPool
{
    /// <summary>
    /// Moves the pool to a new head: re-reads every sender's nonce and balance from <paramref name="state"/>, drops
    /// transactions whose nonce is used, whose own cost the balance no longer covers or whose gas is above
    /// <paramref name="blockGasLimit"/> (geth's reset), demotes the transactions behind them to queued, promotes what
    /// became executable, expires quiet queues and enforces the limits at the new base fee.
    /// </summary>
    /// <param name="head">The new head block's header.</param>
    /// <param name="nextBaseFee">The base fee of the block after <paramref name="head"/>.</param>
    /// <param name="blockGasLimit">The gas limit of the block after <paramref name="head"/>.</param>
    /// <param name="state">The state after <paramref name="head"/>. The pool reads it only under its lock, so it must
    /// not be mutated while the pool uses it (pass a read-only view of the committed head state).</param>
    public void UpdateHead(BlockHeader head, in UInt256 nextBaseFee, ulong blockGasLimit, IReadOnlyWorldState state)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(state);
        var promoted = NewPromotedList();
        lock (_lock)
        {
            Reset(head, nextBaseFee, blockGasLimit, state, promoted);
        }

        Raise(promoted);
    }

    /// <summary>
    /// Takes out the transactions of an imported block that the pool holds: their senders' windows move past them, so
    /// they (and the sender's lower nonces) leave at once and the sender's later transactions stay pending. Call
    /// <see cref="UpdateHead"/> after it with the new state, which also drops pooled transactions whose nonce another
    /// transaction used, or use <see cref="OnBlock"/> to do both.
    /// </summary>
    public void RemoveIncluded(IEnumerable<Transaction> included)
    {
        ArgumentNullException.ThrowIfNull(included);
        var promoted = NewPromotedList();
        lock (_lock)
        {
            MarkIncluded(included, promoted);
        }

        Raise(promoted);
    }

    /// <summary>
    /// <see cref="RemoveIncluded"/> for <paramref name="block"/>'s transactions and <see cref="UpdateHead"/> to its
    /// header, in one step.
    /// </summary>
    /// <param name="block">The imported block, now the head.</param>
    /// <param name="nextBaseFee">The base fee of the next block.</param>
    /// <param name="nextGasLimit">The gas limit of the next block.</param>
    /// <param name="state">The state after <paramref name="block"/> (see <see cref="UpdateHead"/>).</param>
    public void OnBlock(Block block, in UInt256 nextBaseFee, ulong nextGasLimit, IReadOnlyWorldState state)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(state);
        var promoted = NewPromotedList();
        lock (_lock)
        {
            MarkIncluded(block.Transactions, promoted);
            Reset(block.Header, nextBaseFee, nextGasLimit, state, promoted);
        }

        Raise(promoted);
    }

    /// <summary>Drops the queued transactions of senders that have been quiet for <see cref="TxPoolOptions.QueuedLifetime"/>.</summary>
    public void RemoveExpired()
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            foreach (var queue in _senders.Values.ToArray())
            {
                ExpireQueued(queue, now);
            }
        }
    }

    private void MarkIncluded(IEnumerable<Transaction> included, List<Transaction>? promoted)
    {
        var dropped = new List<PoolEntry>();
        foreach (var tx in included)
        {
            // Only the pool's own transactions are looked at (by hash, so no signature is recovered under the lock);
            // a transaction the pool never saw has used a nonce that UpdateHead finds in the new state.
            if (!_byHash.TryGetValue(tx.Hash, out var entry) || !_senders.TryGetValue(entry.Sender, out var queue)
                || entry.Nonce < queue.StateNonce)
            {
                continue;
            }

            var (pending, queued) = (queue.PendingCount, queue.QueuedCount);
            queue.Rebase(entry.Nonce + 1, queue.Balance, dropped);
            queue.Settle(promoted);
            Recount(queue, pending, queued);
        }

        foreach (var entry in dropped)
        {
            _byHash.Remove(entry.Hash);
        }
    }

    private void Reset(BlockHeader head, in UInt256 nextBaseFee, ulong blockGasLimit, IReadOnlyWorldState state, List<Transaction>? promoted)
    {
        _head = head;
        _state = state;
        _baseFee = nextBaseFee;
        _blockGasLimit = blockGasLimit;
        var now = _time.GetUtcNow();
        var dropped = new List<PoolEntry>();
        foreach (var queue in _senders.Values.ToArray())
        {
            var (pending, queued) = (queue.PendingCount, queue.QueuedCount);
            var sender = queue.Sender;
            queue.Rebase(state.GetNonce(sender), state.GetBalance(sender), dropped);
            for (var i = 0; i < queue.Top; i++)
            {
                if (queue[i] is { } entry && (entry.Cost > queue.Balance || entry.Tx.GasLimit > blockGasLimit))
                {
                    dropped.Add(queue.RemoveAt(i)!);
                }
            }

            if (queue.Settle(promoted) > 0)
            {
                queue.LastActivity = now;
            }

            Recount(queue, pending, queued);
            ExpireQueued(queue, now);
        }

        foreach (var entry in dropped)
        {
            _byHash.Remove(entry.Hash);
        }

        EnforceLimits(null);
    }

    private void ExpireQueued(SenderQueue queue, DateTimeOffset now)
    {
        if (queue.QueuedCount == 0 || now - queue.LastActivity <= _options.QueuedLifetime)
        {
            return;
        }

        var (pending, queued) = (queue.PendingCount, queue.QueuedCount);
        for (var i = queue.Top - 1; i >= queue.PendingCount; i--)
        {
            if (queue.RemoveAt(i) is { } expired)
            {
                _byHash.Remove(expired.Hash);
            }
        }

        queue.Settle(null);
        Recount(queue, pending, queued);
    }
}
