using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Node.TxPool;

namespace Glow.Node.Tests.TxPool;

/// <summary>Bulk adds: one result per transaction in order, one announcement per call.</summary>
public sealed class TransactionPoolAddRangeTests
{
    private static readonly UInt256 Gwei = PoolHarness.Gwei;

    [Fact]
    public void Reports_each_transactions_result_in_the_order_given()
    {
        var harness = new PoolHarness();
        var good = PoolHarness.Legacy(0, 0, 2 * Gwei);
        var wrongChain = PoolHarness.Eip1559(1, 0, 2 * Gwei, Gwei, chainId: 1);
        var tooLow = PoolHarness.Eip1559(2, 0, 2 * Gwei, Gwei, gas: 20_000);

        var results = harness.Pool.AddRange([good, wrongChain, good, tooLow, PoolHarness.Legacy(0, 1, 2 * Gwei)]);

        Assert.Equal(
            [TxPoolError.None, TxPoolError.InvalidChainId, TxPoolError.AlreadyKnown, TxPoolError.IntrinsicGasTooLow, TxPoolError.None],
            results.Select(result => result.Error));
        Assert.Equal(new TxPoolStatus(2, 0), harness.Pool.Status);
    }

    [Fact]
    public void Announces_a_bulk_add_once_with_every_newly_pending_transaction()
    {
        var harness = new PoolHarness();
        var announcements = new List<IReadOnlyList<Transaction>>();
        harness.Pool.NewPending += (_, e) => announcements.Add(e.Transactions);
        var txs = new[] { PoolHarness.Legacy(0, 1, Gwei), PoolHarness.Legacy(1, 0, Gwei), PoolHarness.Legacy(0, 0, Gwei) };

        harness.Pool.AddRange(txs);

        var single = Assert.Single(announcements);
        Assert.Equal([txs[1], txs[2], txs[0]], single);
    }

    [Fact]
    public void Announces_a_replacement_of_a_pending_transaction()
    {
        var harness = new PoolHarness();
        harness.Pool.Add(PoolHarness.Legacy(0, 0, 10 * Gwei));
        var announced = new List<Transaction>();
        harness.Pool.NewPending += (_, e) => announced.AddRange(e.Transactions);
        var replacement = PoolHarness.Legacy(0, 0, 11 * Gwei);

        Assert.True(harness.Pool.Add(replacement).IsAccepted);

        Assert.Equal([replacement], announced);
    }

    [Fact]
    public void Evicts_the_newest_of_equally_cheap_transactions_first()
    {
        var harness = new PoolHarness(TxPoolOptions.Default with { MaxPending = 2 }, baseFee: UInt256.Zero);
        var older = PoolHarness.Legacy(0, 0, Gwei);
        var newer = PoolHarness.Legacy(1, 0, Gwei);
        harness.Pool.AddRange([older, newer]);

        Assert.True(harness.Pool.Add(PoolHarness.Legacy(2, 0, 2 * Gwei)).IsAccepted);

        Assert.True(harness.Pool.Contains(older.Hash));
        Assert.False(harness.Pool.Contains(newer.Hash));
    }
}
