using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.State;
using Glow.Core.Transactions;

namespace Glow.Node.TxPool;

/// <summary>
/// The transaction pool: transactions waiting for a block, validated against the head state, kept per sender in nonce
/// order as <em>pending</em> (executable: contiguous nonces from the sender's state nonce, affordable in sum) or
/// <em>queued</em> (behind a nonce gap or beyond the balance). Thread-safe: RPC threads add while the producer selects
/// and removes; every operation takes one lock, and signature recovery runs outside it.
/// </summary>
/// <remarks>
/// Follows geth's legacy pool (rpc.md rule 6 for the error wording). A fee cap below the next block's base fee is
/// accepted, as geth accepts it: such a transaction waits in the pool, is skipped by <see cref="SelectPending()"/> and is
/// the first to be evicted; <c>max fee per gas less than block base fee</c> is an error of block execution, not of the
/// pool. The head must be set with <see cref="UpdateHead"/> before transactions are added.
/// </remarks>
public sealed partial class TransactionPool
{
    private readonly Lock _lock = new();
    private readonly ReleaseSpec _spec;
    private readonly UInt256 _chainId;
    private readonly TxPoolOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<Hash256, PoolEntry> _byHash = [];
    private readonly Dictionary<Address, SenderQueue> _senders = [];
    private IReadOnlyWorldState? _state;
    private BlockHeader? _head;
    private UInt256 _baseFee;
    private ulong _blockGasLimit;
    private long _sequence;
    private int _pendingCount;
    private int _queuedCount;

    /// <summary>Creates an empty pool; call <see cref="UpdateHead"/> before adding transactions.</summary>
    /// <param name="spec">The rules transactions are checked against (protocol.md §2: Cancun).</param>
    /// <param name="chainId">The chain id signatures must commit to.</param>
    /// <param name="options">Limits and price rules.</param>
    /// <param name="time">The clock for the expiry of queued transactions.</param>
    public TransactionPool(ReleaseSpec spec, ulong chainId, TxPoolOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _spec = spec;
        _chainId = chainId;
        _options = options;
        _time = time;
    }

    /// <summary>
    /// Raised, outside the pool's lock, with the transactions that became pending during one call (added, or promoted
    /// when a gap filled or the head changed). Handlers must be quick; they run on the caller's thread.
    /// </summary>
    public event EventHandler<NewPendingTransactionsEventArgs>? NewPending;

    /// <summary>The options the pool was created with.</summary>
    public TxPoolOptions Options => _options;

    /// <summary>The head the pool validates against, null before the first <see cref="UpdateHead"/>.</summary>
    public BlockHeader? Head
    {
        get
        {
            lock (_lock)
            {
                return _head;
            }
        }
    }

    /// <summary>The base fee of the next block, as given to <see cref="UpdateHead"/>.</summary>
    public UInt256 NextBaseFee
    {
        get
        {
            lock (_lock)
            {
                return _baseFee;
            }
        }
    }

    private void EnsureHead()
    {
        if (_state is null)
        {
            throw new InvalidOperationException("The transaction pool has no head yet: call UpdateHead first.");
        }
    }

    private List<Transaction>? NewPromotedList() => NewPending is null ? null : [];

    private void Raise(List<Transaction>? promoted)
    {
        if (promoted is { Count: > 0 })
        {
            NewPending?.Invoke(this, new NewPendingTransactionsEventArgs(promoted));
        }
    }

    /// <summary>Adds the changes of <paramref name="queue"/> since the counts <paramref name="pending"/>/<paramref name="queued"/> to the totals, and forgets an empty sender.</summary>
    private void Recount(SenderQueue queue, int pending, int queued)
    {
        _pendingCount += queue.PendingCount - pending;
        _queuedCount += queue.QueuedCount - queued;
        if (queue.Count == 0)
        {
            _senders.Remove(queue.Sender);
        }
    }
}
