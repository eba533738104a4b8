using Glow.Core.Numerics;

namespace Glow.Node.TxPool;

/// <summary>
/// Limits and price rules of the <see cref="TransactionPool"/>. The defaults are close to geth's legacy pool, made
/// simpler: one hard cap per sender instead of geth's guaranteed slots plus overflow.
/// </summary>
public sealed record TxPoolOptions
{
    /// <summary>The options of a development chain: the defaults with no price floor.</summary>
    public static TxPoolOptions Default { get; } = new();

    /// <summary>
    /// How many transactions one sender may hold (pending and queued together). Nonces are accepted from the sender's
    /// state nonce up to this many above it; a higher nonce is rejected with <c>nonce too high</c>.
    /// </summary>
    public int MaxPerSender { get; init; } = 64;

    /// <summary>The most executable (pending) transactions the pool holds over all senders.</summary>
    public int MaxPending { get; init; } = 5_120;

    /// <summary>The most non-executable (queued) transactions the pool holds over all senders.</summary>
    public int MaxQueued { get; init; } = 1_024;

    /// <summary>The largest accepted transaction, in encoded bytes (geth's txMaxSize, 4 × 32 KiB).</summary>
    public int MaxTxSize { get; init; } = 128 * 1024;

    /// <summary>
    /// The price floor: a transaction whose max priority fee per gas (a legacy transaction's gas price) is below this
    /// is rejected with <c>transaction underpriced</c>. geth uses 1 gwei; zero suits a development chain.
    /// </summary>
    public UInt256 MinTipWei { get; init; }

    /// <summary>
    /// Whether blob (EIP-4844, type 3) transactions are taken. Off on our chain, whose blocks never carry them
    /// (protocol.md §2); on in a node replaying an Ethereum chain, which checks each blob sidecar before the pool sees the
    /// transaction. The cost a sender must afford then includes the blob gas at the transaction's max blob fee.
    /// </summary>
    public bool AcceptBlobTransactions { get; init; }

    /// <summary>The percentage by which a replacement must raise both the max fee and the tip of the transaction it replaces.</summary>
    public int PriceBumpPercent { get; init; } = 10;

    /// <summary>How long the queued transactions of a sender survive without any activity of that sender (geth: 3 hours).</summary>
    public TimeSpan QueuedLifetime { get; init; } = TimeSpan.FromHours(3);

    /// <summary>Throws when a limit is not positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPerSender, 1, nameof(MaxPerSender));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPending, 1, nameof(MaxPending));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxQueued, 0, nameof(MaxQueued));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTxSize, 1, nameof(MaxTxSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(PriceBumpPercent, 0, nameof(PriceBumpPercent));
        ArgumentOutOfRangeException.ThrowIfLessThan(QueuedLifetime, TimeSpan.Zero, nameof(QueuedLifetime));
    }
}
