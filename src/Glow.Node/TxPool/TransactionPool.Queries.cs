using System.Diagnostics.CodeAnalysis;
using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Transactions;

namespace Glow.Node.TxPool;

public sealed partial class TransactionPool
{
    /// <summary>The pending and queued counts, read together (<c>txpool_status</c>).</summary>
    public TxPoolStatus Status
    {
        get
        {
            lock (_lock)
            {
                return new TxPoolStatus(_pendingCount, _queuedCount);
            }
        }
    }

    /// <summary>How many transactions the pool holds.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byHash.Count;
            }
        }
    }

    /// <summary>The transaction with hash <paramref name="hash"/>, pending or queued.</summary>
    public bool TryGet(in Hash256 hash, [NotNullWhen(true)] out Transaction? tx)
    {
        lock (_lock)
        {
            if (_byHash.TryGetValue(hash, out var entry))
            {
                tx = entry.Tx;
                return true;
            }
        }

        tx = null;
        return false;
    }

    /// <summary>True when a transaction with hash <paramref name="hash"/> is in the pool.</summary>
    public bool Contains(in Hash256 hash)
    {
        lock (_lock)
        {
            return _byHash.ContainsKey(hash);
        }
    }

    /// <summary>
    /// The nonce <paramref name="sender"/>'s next transaction should carry: its nonce at the head plus its pending
    /// transactions (rpc.md rule 8, <c>eth_getTransactionCount(addr, "pending")</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">No head has been set.</exception>
    public ulong GetPendingNonce(in Address sender)
    {
        lock (_lock)
        {
            EnsureHead();
            return _senders.TryGetValue(sender, out var queue)
                ? queue.StateNonce + (ulong)queue.PendingCount
                : _state!.GetNonce(sender);
        }
    }

    /// <summary>The pending transactions by sender (ordered by address), each sender's in nonce order (<c>txpool_content</c>).</summary>
    public IReadOnlyDictionary<Address, IReadOnlyList<Transaction>> GetPending() => Snapshot(pending: true);

    /// <summary>The queued transactions by sender (ordered by address), each sender's in nonce order (<c>txpool_content</c>).</summary>
    public IReadOnlyDictionary<Address, IReadOnlyList<Transaction>> GetQueued() => Snapshot(pending: false);

    /// <summary>
    /// Starts choosing transactions for a block whose base fee is the one given to the last <see cref="UpdateHead"/>.
    /// </summary>
    public PendingSelection SelectPending() => SelectPending(NextBaseFee);

    /// <summary>
    /// Starts choosing transactions for a block with base fee <paramref name="baseFee"/>: a snapshot of the pending
    /// transactions, offered by effective tip, highest first, each sender's in nonce order.
    /// </summary>
    public PendingSelection SelectPending(in UInt256 baseFee)
    {
        PoolEntry[][] senders;
        lock (_lock)
        {
            senders = new PoolEntry[_senders.Count][];
            var count = 0;
            foreach (var queue in _senders.Values)
            {
                if (queue.PendingCount > 0)
                {
                    senders[count++] = queue.CopyPendingEntries();
                }
            }

            Array.Resize(ref senders, count);
        }

        return new PendingSelection(senders, baseFee);
    }

    private SortedDictionary<Address, IReadOnlyList<Transaction>> Snapshot(bool pending)
    {
        var result = new SortedDictionary<Address, IReadOnlyList<Transaction>>();
        lock (_lock)
        {
            foreach (var queue in _senders.Values)
            {
                if (pending ? queue.PendingCount > 0 : queue.QueuedCount > 0)
                {
                    result.Add(queue.Sender, pending ? queue.CopyPending() : queue.CopyQueued());
                }
            }
        }

        return result;
    }
}
