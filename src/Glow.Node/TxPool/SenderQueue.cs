using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Transactions;

namespace Glow.Node.TxPool;

/// <summary>
/// One sender's transactions, in a window of nonces starting at the sender's nonce in the head state: slot i holds
/// nonce <see cref="StateNonce"/> + i. The pending transactions are the longest prefix of filled slots whose summed
/// cost the balance covers; every other transaction is queued. Not thread-safe: the pool's lock guards it.
/// </summary>
internal sealed class SenderQueue
{
    private readonly PoolEntry?[] _slots;
    private int _top;
    private UInt256 _pendingCost;
    private bool _needsRebuild;

    public SenderQueue(Address sender, ulong stateNonce, in UInt256 balance, int capacity, DateTimeOffset now)
    {
        Sender = sender;
        StateNonce = stateNonce;
        Balance = balance;
        LastActivity = now;
        _slots = new PoolEntry?[capacity];
    }

    public Address Sender { get; }

    /// <summary>The sender's nonce in the head state (or after the transactions of an imported block).</summary>
    public ulong StateNonce { get; private set; }

    /// <summary>The sender's balance in the head state.</summary>
    public UInt256 Balance { get; private set; }

    public int Count { get; private set; }

    public int PendingCount { get; private set; }

    public int QueuedCount => Count - PendingCount;

    /// <summary>Summed cost of the pending transactions.</summary>
    public UInt256 PendingCost => _pendingCost;

    /// <summary>When a transaction of this sender was last added or promoted; its queue expires after a quiet lifetime.</summary>
    public DateTimeOffset LastActivity { get; set; }

    public int Capacity => _slots.Length;

    /// <summary>One past the highest filled slot.</summary>
    public int Top => _top;

    public PoolEntry? this[int index] => _slots[index];

    /// <summary>The pending transaction with the highest nonce: the only one that can leave without opening a gap.</summary>
    public PoolEntry? PendingTail => PendingCount > 0 ? _slots[PendingCount - 1] : null;

    /// <summary>The queued transaction with the highest nonce.</summary>
    public PoolEntry? QueuedTail => Count > PendingCount ? _slots[_top - 1] : null;

    /// <summary>Stores <paramref name="entry"/> in slot <paramref name="index"/>; returns the entry it replaced, if any. Call <see cref="Settle"/> after.</summary>
    public PoolEntry? Put(int index, PoolEntry entry)
    {
        var old = _slots[index];
        _slots[index] = entry;
        if (old is null)
        {
            Count++;
            _top = Math.Max(_top, index + 1);
        }

        if (index < PendingCount)
        {
            _needsRebuild = true;
        }

        return old;
    }

    /// <summary>Empties slot <paramref name="index"/>; returns what it held. Call <see cref="Settle"/> after.</summary>
    public PoolEntry? RemoveAt(int index)
    {
        var old = _slots[index];
        if (old is null)
        {
            return null;
        }

        _slots[index] = null;
        Count--;
        if (index < PendingCount)
        {
            _needsRebuild = true;
        }

        while (_top > 0 && _slots[_top - 1] is null)
        {
            _top--;
        }

        return old;
    }

    /// <summary>
    /// Moves the window to <paramref name="stateNonce"/>: transactions below it are used up and go to
    /// <paramref name="dropped"/>; after a reorganisation to a lower nonce the window widens downwards and transactions
    /// pushed past its end are dropped too. Call <see cref="Settle"/> after.
    /// </summary>
    public void Rebase(ulong stateNonce, in UInt256 balance, List<PoolEntry> dropped)
    {
        if (balance != Balance)
        {
            Balance = balance;
            _needsRebuild = true;
        }

        if (stateNonce == StateNonce)
        {
            return;
        }

        _needsRebuild = true;
        var length = _slots.Length;
        if (stateNonce > StateNonce)
        {
            var shift = stateNonce - StateNonce >= (ulong)length ? length : (int)(stateNonce - StateNonce);
            for (var i = 0; i < shift; i++)
            {
                if (_slots[i] is { } used)
                {
                    dropped.Add(used);
                    Count--;
                }
            }

            Array.Copy(_slots, shift, _slots, 0, length - shift);
            Array.Clear(_slots, length - shift, shift);
            PendingCount = Math.Max(0, PendingCount - shift);
        }
        else
        {
            var shift = StateNonce - stateNonce >= (ulong)length ? length : (int)(StateNonce - stateNonce);
            for (var i = length - shift; i < length; i++)
            {
                if (_slots[i] is { } pushedOut)
                {
                    dropped.Add(pushedOut);
                    Count--;
                }
            }

            Array.Copy(_slots, 0, _slots, shift, length - shift);
            Array.Clear(_slots, 0, shift);
            PendingCount = 0;
        }

        StateNonce = stateNonce;
        _top = length;
        while (_top > 0 && _slots[_top - 1] is null)
        {
            _top--;
        }
    }

    /// <summary>
    /// Recomputes the pending prefix after changes: walks on from the current prefix (or from the start when an earlier
    /// slot changed) while slots are filled and affordable. Transactions that became pending are added to
    /// <paramref name="promoted"/>; returns how many did.
    /// </summary>
    public int Settle(List<Transaction>? promoted)
    {
        var before = PendingCount;
        if (_needsRebuild)
        {
            _needsRebuild = false;
            PendingCount = 0;
            _pendingCost = UInt256.Zero;
        }

        while (PendingCount < _top && _slots[PendingCount] is { } next
            && !UInt256.AddOverflow(_pendingCost, next.Cost, out var total) && total <= Balance)
        {
            _pendingCost = total;
            PendingCount++;
        }

        if (promoted is not null)
        {
            for (var i = before; i < PendingCount; i++)
            {
                promoted.Add(_slots[i]!.Tx);
            }
        }

        return Math.Max(0, PendingCount - before);
    }

    /// <summary>True when a new transaction at empty slot <paramref name="index"/> costing <paramref name="cost"/> would be pending.</summary>
    public bool WouldBePending(int index, in UInt256 cost) =>
        index == PendingCount && !_needsRebuild && !UInt256.AddOverflow(_pendingCost, cost, out var total) && total <= Balance;

    public Transaction[] CopyPending() => Copy(0, PendingCount);

    public Transaction[] CopyQueued() => Copy(PendingCount, _top);

    public PoolEntry[] CopyPendingEntries()
    {
        var entries = new PoolEntry[PendingCount];
        Array.Copy(_slots, entries, PendingCount);
        return entries;
    }

    private Transaction[] Copy(int from, int to)
    {
        var result = new List<Transaction>(to - from);
        for (var i = from; i < to; i++)
        {
            if (_slots[i] is { } entry)
            {
                result.Add(entry.Tx);
            }
        }

        return [.. result];
    }
}
