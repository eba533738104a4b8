using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Node.TxPool;

namespace Glow.Node.Tests.TxPool;

/// <summary>Block selection: by effective tip at the base fee, each sender in nonce order.</summary>
public sealed class TransactionPoolSelectionTests
{
    private static readonly UInt256 Gwei = PoolHarness.Gwei;

    private static List<Transaction> Drain(PendingSelection selection, ulong gasLeft = ulong.MaxValue)
    {
        var taken = new List<Transaction>();
        while (selection.TryNext(gasLeft, out var tx))
        {
            taken.Add(tx);
            gasLeft -= tx.GasLimit;
        }

        return taken;
    }

    [Fact]
    public void Orders_mixed_legacy_and_dynamic_fee_transactions_by_effective_tip_at_the_base_fee()
    {
        var harness = new PoolHarness(baseFee: 10 * Gwei);

        // Effective tips at base fee 10 gwei: legacy 13 → 3; 1559 (cap 30, tip 5) → 5; 1559 (cap 12, tip 9) → 2;
        // type 1 at 11 → 1; legacy 20 → 10.
        var legacy13 = PoolHarness.Legacy(0, 0, 13 * Gwei);
        var tip5 = PoolHarness.Eip1559(1, 0, 30 * Gwei, 5 * Gwei);
        var capped = PoolHarness.Eip1559(2, 0, 12 * Gwei, 9 * Gwei);
        var accessList11 = PoolHarness.AccessList(3, 0, 11 * Gwei);
        var legacy20 = PoolHarness.Legacy(4, 0, 20 * Gwei);
        foreach (var tx in new[] { legacy13, tip5, capped, accessList11, legacy20 })
        {
            Assert.True(harness.Pool.Add(tx).IsAccepted);
        }

        Assert.Equal([legacy20, tip5, legacy13, capped, accessList11], Drain(harness.Pool.SelectPending()));

        // At base fee 0 the tips are the gas prices and the max priority fees: 20, 13, 11, 9, 5.
        Assert.Equal([legacy20, legacy13, accessList11, capped, tip5], Drain(harness.Pool.SelectPending(UInt256.Zero)));
    }

    [Fact]
    public void Keeps_each_senders_nonce_order_even_when_a_later_nonce_pays_more()
    {
        var harness = new PoolHarness(baseFee: UInt256.Zero);
        var a0 = PoolHarness.Legacy(0, 0, 1 * Gwei);
        var a1 = PoolHarness.Legacy(0, 1, 9 * Gwei);
        var b0 = PoolHarness.Legacy(1, 0, 5 * Gwei);
        foreach (var tx in new[] { a0, a1, b0 })
        {
            harness.Pool.Add(tx);
        }

        Assert.Equal([b0, a0, a1], Drain(harness.Pool.SelectPending()));
    }

    [Fact]
    public void Breaks_equal_tips_by_arrival_order()
    {
        var harness = new PoolHarness(baseFee: UInt256.Zero);
        var first = PoolHarness.Legacy(3, 0, Gwei);
        var second = PoolHarness.Legacy(1, 0, Gwei);
        var third = PoolHarness.Legacy(2, 0, Gwei);
        harness.Pool.Add(first);
        harness.Pool.Add(second);
        harness.Pool.Add(third);

        Assert.Equal([first, second, third], Drain(harness.Pool.SelectPending()));
    }

    [Fact]
    public void Skips_the_rest_of_a_sender_whose_transaction_failed()
    {
        var harness = new PoolHarness(baseFee: UInt256.Zero);
        var a0 = PoolHarness.Legacy(0, 0, 9 * Gwei);
        var a1 = PoolHarness.Legacy(0, 1, 9 * Gwei);
        var b0 = PoolHarness.Legacy(1, 0, 1 * Gwei);
        foreach (var tx in new[] { a0, a1, b0 })
        {
            harness.Pool.Add(tx);
        }

        var selection = harness.Pool.SelectPending();
        Assert.True(selection.TryNext(ulong.MaxValue, out var tx1));
        Assert.Same(a0, tx1);
        selection.SkipSender();
        Assert.True(selection.TryNext(ulong.MaxValue, out var tx2));
        Assert.Same(b0, tx2);
        Assert.False(selection.TryNext(ulong.MaxValue, out _));
    }

    [Fact]
    public void Drops_a_sender_whose_next_transaction_needs_more_gas_than_is_left()
    {
        var harness = new PoolHarness(baseFee: UInt256.Zero);
        var big = PoolHarness.Legacy(0, 0, 9 * Gwei, gas: 100_000);
        var afterBig = PoolHarness.Legacy(0, 1, 9 * Gwei);
        var small = PoolHarness.Legacy(1, 0, 1 * Gwei);
        foreach (var tx in new[] { big, afterBig, small })
        {
            harness.Pool.Add(tx);
        }

        Assert.Equal([small], Drain(harness.Pool.SelectPending(), gasLeft: 50_000));
    }

    [Fact]
    public void Skips_a_sender_whose_next_fee_cap_is_below_the_base_fee_with_its_later_nonces()
    {
        var harness = new PoolHarness(baseFee: 10 * Gwei);
        var low = PoolHarness.Eip1559(0, 0, 9 * Gwei, Gwei);
        var high = PoolHarness.Eip1559(0, 1, 50 * Gwei, 10 * Gwei);
        var other = PoolHarness.Eip1559(1, 0, 20 * Gwei, Gwei);
        foreach (var tx in new[] { low, high, other })
        {
            harness.Pool.Add(tx);
        }

        Assert.Equal([other], Drain(harness.Pool.SelectPending()));
    }

    [Fact]
    public void Selection_is_a_snapshot_unaffected_by_later_additions()
    {
        var harness = new PoolHarness(baseFee: UInt256.Zero);
        harness.Pool.Add(PoolHarness.Legacy(0, 0, Gwei));
        var selection = harness.Pool.SelectPending();
        harness.Pool.Add(PoolHarness.Legacy(1, 0, 2 * Gwei));

        Assert.Single(Drain(selection));
    }
}
