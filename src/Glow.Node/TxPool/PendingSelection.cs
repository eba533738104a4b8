using System.Diagnostics.CodeAnalysis;
using Glow.Core.Numerics;
using Glow.Core.Transactions;

namespace Glow.Node.TxPool;

/// <summary>
/// The block producer's view of the pending transactions: a snapshot, offered one at a time by effective tip at the
/// block's base fee (highest first, earlier arrival first among equals), each sender's in nonce order. A max-heap holds
/// each sender's next transaction. Senders whose next transaction's fee cap is below the base fee are skipped with the
/// rest of their transactions, as geth's miner skips them. Not thread-safe: one producer uses it.
/// </summary>
public sealed class PendingSelection
{
    private readonly PriorityQueue<SelectionCursor, SelectionPriority> _heap;
    private readonly UInt256 _baseFee;
    private SelectionCursor? _current;

    internal PendingSelection(PoolEntry[][] senders, in UInt256 baseFee)
    {
        _baseFee = baseFee;
        _heap = new PriorityQueue<SelectionCursor, SelectionPriority>(senders.Length);
        foreach (var entries in senders)
        {
            Push(new SelectionCursor(entries));
        }
    }

    /// <summary>The base fee the order was computed for.</summary>
    public UInt256 BaseFee => _baseFee;

    /// <summary>
    /// The next transaction to try, or false when none is left. Unless <see cref="SkipSender"/> was called, the
    /// transaction returned before counts as included and its sender's next nonce joins the choice. A sender whose
    /// next transaction needs more gas than <paramref name="gasLeft"/> is dropped with the rest of its transactions.
    /// </summary>
    /// <param name="gasLeft">The gas still available in the block.</param>
    /// <param name="tx">The transaction to execute.</param>
    public bool TryNext(ulong gasLeft, [NotNullWhen(true)] out Transaction? tx)
    {
        if (_current is { } previous)
        {
            _current = null;
            previous.Index++;
            Push(previous);
        }

        while (_heap.TryDequeue(out var cursor, out _))
        {
            var candidate = cursor.Entries[cursor.Index].Tx;
            if (candidate.GasLimit > gasLeft)
            {
                continue;
            }

            _current = cursor;
            tx = candidate;
            return true;
        }

        tx = null;
        return false;
    }

    /// <summary>
    /// The transaction last returned by <see cref="TryNext"/> was not included (it failed, or the producer rejected it):
    /// its sender's later nonces cannot run either, so they are skipped.
    /// </summary>
    public void SkipSender() => _current = null;

    private void Push(SelectionCursor cursor)
    {
        if (cursor.Index >= cursor.Entries.Length)
        {
            return;
        }

        var entry = cursor.Entries[cursor.Index];
        var tx = entry.Tx;
        if (tx.MaxFeePerGas < _baseFee)
        {
            return;
        }

        var tip = UInt256.Min(tx.MaxPriorityFeePerGas, tx.MaxFeePerGas - _baseFee);
        _heap.Enqueue(cursor, new SelectionPriority(tip, entry.Sequence));
    }
}
