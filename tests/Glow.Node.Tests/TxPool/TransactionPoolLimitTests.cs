using Glow.Core.Numerics;
using Glow.Node.TxPool;

namespace Glow.Node.Tests.TxPool;

/// <summary>Per-sender and total limits: the cheapest evictable transaction leaves, or a cheaper newcomer is refused.</summary>
public sealed class TransactionPoolLimitTests
{
    private static readonly UInt256 Gwei = PoolHarness.Gwei;

    [Fact]
    public void Limits_each_sender_to_its_window_of_nonces()
    {
        var harness = new PoolHarness(TxPoolOptions.Default with { MaxPerSender = 4 });
        for (ulong nonce = 0; nonce < 4; nonce++)
        {
            Assert.True(harness.Pool.Add(PoolHarness.Legacy(0, nonce, Gwei)).IsAccepted);
        }

        var result = harness.Pool.Add(PoolHarness.Legacy(0, 4, Gwei));
        Assert.Equal(TxPoolError.NonceTooHigh, result.Error);
        Assert.Equal("nonce too high", result.Message);
        Assert.True(harness.Pool.Add(PoolHarness.Legacy(1, 0, Gwei)).IsAccepted);
        Assert.Equal(new TxPoolStatus(5, 0), harness.Pool.Status);
    }

    [Fact]
    public void A_full_pending_pool_evicts_its_cheapest_transaction_for_a_better_paying_one()
    {
        var harness = new PoolHarness(TxPoolOptions.Default with { MaxPending = 3 }, baseFee: UInt256.Zero);
        var cheapest = PoolHarness.Legacy(0, 0, 1 * Gwei);
        harness.Pool.Add(cheapest);
        harness.Pool.Add(PoolHarness.Legacy(1, 0, 2 * Gwei));
        harness.Pool.Add(PoolHarness.Legacy(2, 0, 3 * Gwei));

        var newcomer = PoolHarness.Legacy(3, 0, 5 * Gwei);
        Assert.True(harness.Pool.Add(newcomer).IsAccepted);

        Assert.False(harness.Pool.Contains(cheapest.Hash));
        Assert.True(harness.Pool.Contains(newcomer.Hash));
        Assert.Equal(new TxPoolStatus(3, 0), harness.Pool.Status);
        harness.AssertInvariants();
    }

    [Fact]
    public void A_full_pending_pool_rejects_a_newcomer_that_pays_no_more_than_the_cheapest_as_transaction_underpriced()
    {
        var harness = new PoolHarness(TxPoolOptions.Default with { MaxPending = 3 }, baseFee: UInt256.Zero);
        harness.Pool.Add(PoolHarness.Legacy(0, 0, 1 * Gwei));
        harness.Pool.Add(PoolHarness.Legacy(1, 0, 2 * Gwei));
        harness.Pool.Add(PoolHarness.Legacy(2, 0, 3 * Gwei));

        var equal = harness.Pool.Add(PoolHarness.Legacy(3, 0, 1 * Gwei));
        var cheaper = harness.Pool.Add(PoolHarness.Legacy(4, 0, Gwei / 2));

        Assert.Equal(TxPoolError.Underpriced, equal.Error);
        Assert.Equal("transaction underpriced", equal.Message);
        Assert.Equal(TxPoolError.Underpriced, cheaper.Error);
        Assert.Equal(new TxPoolStatus(3, 0), harness.Pool.Status);
    }

    [Fact]
    public void Eviction_takes_a_senders_highest_nonce_so_no_pending_gap_opens()
    {
        var harness = new PoolHarness(TxPoolOptions.Default with { MaxPending = 3 }, baseFee: UInt256.Zero);
        var cheapFirst = PoolHarness.Legacy(0, 0, 1 * Gwei);
        var dearSecond = PoolHarness.Legacy(0, 1, 10 * Gwei);
        var other = PoolHarness.Legacy(1, 0, 5 * Gwei);
        harness.Pool.Add(cheapFirst);
        harness.Pool.Add(dearSecond);
        harness.Pool.Add(other);

        // The globally cheapest (sender 0, nonce 0) cannot leave without stranding nonce 1; the evictable tails pay
        // 10 and 5 gwei, so a newcomer at 3 gwei is refused and one at 6 gwei replaces sender 1's transaction.
        Assert.Equal(TxPoolError.Underpriced, harness.Pool.Add(PoolHarness.Legacy(2, 0, 3 * Gwei)).Error);
        Assert.True(harness.Pool.Add(PoolHarness.Legacy(3, 0, 6 * Gwei)).IsAccepted);

        Assert.True(harness.Pool.Contains(cheapFirst.Hash));
        Assert.True(harness.Pool.Contains(dearSecond.Hash));
        Assert.False(harness.Pool.Contains(other.Hash));
        harness.AssertInvariants();
    }

    [Fact]
    public void Ranks_eviction_by_effective_tip_at_the_next_base_fee()
    {
        var harness = new PoolHarness(TxPoolOptions.Default with { MaxPending = 2 }, baseFee: 10 * Gwei);

        // Fee cap 100 with tip 1 pays 11 gwei per gas; legacy 15 pays 15: the dynamic-fee one is cheaper here.
        var lowTip = PoolHarness.Eip1559(0, 0, 100 * Gwei, 1 * Gwei);
        var legacy = PoolHarness.Legacy(1, 0, 15 * Gwei);
        harness.Pool.Add(lowTip);
        harness.Pool.Add(legacy);

        Assert.True(harness.Pool.Add(PoolHarness.Legacy(2, 0, 12 * Gwei)).IsAccepted);
        Assert.False(harness.Pool.Contains(lowTip.Hash));
        Assert.True(harness.Pool.Contains(legacy.Hash));
    }

    [Fact]
    public void A_full_queue_evicts_its_cheapest_queued_transaction_or_refuses_a_cheaper_one()
    {
        var harness = new PoolHarness(TxPoolOptions.Default with { MaxQueued = 2 }, baseFee: UInt256.Zero);
        var cheap = PoolHarness.Legacy(0, 5, 1 * Gwei);
        harness.Pool.Add(cheap);
        harness.Pool.Add(PoolHarness.Legacy(1, 5, 4 * Gwei));

        Assert.Equal(TxPoolError.Underpriced, harness.Pool.Add(PoolHarness.Legacy(2, 5, Gwei)).Error);
        Assert.True(harness.Pool.Add(PoolHarness.Legacy(3, 5, 2 * Gwei)).IsAccepted);

        Assert.False(harness.Pool.Contains(cheap.Hash));
        Assert.Equal(new TxPoolStatus(0, 2), harness.Pool.Status);

        // Pending transactions are limited separately.
        Assert.True(harness.Pool.Add(PoolHarness.Legacy(4, 0, Gwei / 10)).IsAccepted);
        Assert.Equal(new TxPoolStatus(1, 2), harness.Pool.Status);
    }
}
