using Glow.Core.Numerics;
using Glow.Node.TxPool;

namespace Glow.Node.Tests.TxPool;

/// <summary>Same sender and nonce: the replacement must raise both the fee cap and the tip by the bump (10 %).</summary>
public sealed class TransactionPoolReplacementTests
{
    private static readonly UInt256 Gwei = PoolHarness.Gwei;
    private static readonly UInt256 FeeCap = 100 * Gwei;
    private static readonly UInt256 Tip = 10 * Gwei;

    private static PoolHarness WithOriginal()
    {
        var harness = new PoolHarness();
        Assert.True(harness.Pool.Add(PoolHarness.Eip1559(0, 0, FeeCap, Tip)).IsAccepted);
        return harness;
    }

    private static UInt256 Percent(UInt256 value, ulong percent) => value * percent / 100;

    [Fact]
    public void Rejects_a_replacement_that_raises_both_fees_by_nine_percent()
    {
        var harness = WithOriginal();
        var result = harness.Pool.Add(PoolHarness.Eip1559(0, 0, Percent(FeeCap, 109), Percent(Tip, 109)));
        Assert.Equal(TxPoolError.ReplacementUnderpriced, result.Error);
        Assert.Equal("replacement transaction underpriced", result.Message);
    }

    [Fact]
    public void Rejects_a_replacement_that_raises_only_the_fee_cap_by_ten_percent()
    {
        var harness = WithOriginal();
        Assert.Equal(TxPoolError.ReplacementUnderpriced, harness.Pool.Add(PoolHarness.Eip1559(0, 0, Percent(FeeCap, 110), Percent(Tip, 109))).Error);
    }

    [Fact]
    public void Rejects_a_replacement_that_raises_only_the_tip_by_ten_percent()
    {
        var harness = WithOriginal();
        Assert.Equal(TxPoolError.ReplacementUnderpriced, harness.Pool.Add(PoolHarness.Eip1559(0, 0, Percent(FeeCap, 109), Percent(Tip, 110))).Error);
    }

    [Fact]
    public void Accepts_a_replacement_that_raises_both_fees_by_ten_percent_and_drops_the_original()
    {
        var harness = WithOriginal();
        var original = harness.Pool.GetPending()[TestAccounts.Address(0)][0];
        var replacement = PoolHarness.Eip1559(0, 0, Percent(FeeCap, 110), Percent(Tip, 110));

        Assert.True(harness.Pool.Add(replacement).IsAccepted);

        Assert.False(harness.Pool.Contains(original.Hash));
        Assert.True(harness.Pool.Contains(replacement.Hash));
        Assert.Equal(new TxPoolStatus(1, 0), harness.Pool.Status);
        harness.AssertInvariants();
    }

    [Fact]
    public void Requires_a_strict_increase_even_when_ten_percent_rounds_to_nothing()
    {
        var harness = new PoolHarness();
        Assert.True(harness.Pool.Add(PoolHarness.Legacy(0, 0, 5)).IsAccepted);
        Assert.Equal(TxPoolError.ReplacementUnderpriced, harness.Pool.Add(PoolHarness.Legacy(0, 0, 5, gas: 21_001)).Error);
        Assert.True(harness.Pool.Add(PoolHarness.Legacy(0, 0, 6)).IsAccepted);
    }

    [Fact]
    public void Replaces_a_queued_transaction_and_keeps_it_queued()
    {
        var harness = new PoolHarness();
        Assert.True(harness.Pool.Add(PoolHarness.Legacy(0, 3, 10 * Gwei)).IsAccepted);
        Assert.True(harness.Pool.Add(PoolHarness.Legacy(0, 3, 11 * Gwei)).IsAccepted);
        Assert.Equal(new TxPoolStatus(0, 1), harness.Pool.Status);
        Assert.Equal(11 * Gwei, harness.Pool.GetQueued()[TestAccounts.Address(0)][0].GasPrice);
    }
}
