using Glow.Core.Blocks;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Node.TxPool;

namespace Glow.Node.Tests.TxPool;

/// <summary>What a new head does to the pool: included transactions leave, balances demote, gaps promote, queues expire.</summary>
public sealed class TransactionPoolHeadTests
{
    private static readonly UInt256 Gwei = PoolHarness.Gwei;

    private static Block BlockOf(PoolHarness harness, params Transaction[] txs) => new(harness.Header(Gwei), txs, [], []);

    [Fact]
    public void Removes_the_transactions_of_an_imported_block_and_keeps_the_rest_pending()
    {
        var harness = new PoolHarness();
        var a0 = PoolHarness.Legacy(0, 0, 2 * Gwei);
        var a1 = PoolHarness.Legacy(0, 1, 2 * Gwei);
        var a2 = PoolHarness.Legacy(0, 2, 2 * Gwei);
        var b0 = PoolHarness.Legacy(1, 0, 2 * Gwei);
        harness.Pool.AddRange([a0, a1, a2, b0]);

        harness.State.Set(TestAccounts.Address(0), 2, PoolHarness.Rich);
        harness.State.Set(TestAccounts.Address(1), 1, PoolHarness.Rich);
        harness.Pool.OnBlock(BlockOf(harness, a0, b0, a1), Gwei, PoolHarness.BlockGasLimit, harness.State);

        Assert.Equal(new TxPoolStatus(1, 0), harness.Pool.Status);
        Assert.True(harness.Pool.Contains(a2.Hash));
        Assert.Equal(3UL, harness.Pool.GetPendingNonce(TestAccounts.Address(0)));
        harness.AssertInvariants();
    }

    [Fact]
    public void Removing_included_transactions_takes_them_out_before_the_state_is_updated()
    {
        var harness = new PoolHarness();
        var a0 = PoolHarness.Legacy(0, 0, 2 * Gwei);
        var a1 = PoolHarness.Legacy(0, 1, 2 * Gwei);
        harness.Pool.AddRange([a0, a1]);
        var announced = new List<Transaction>();
        harness.Pool.NewPending += (_, e) => announced.AddRange(e.Transactions);

        harness.Pool.RemoveIncluded([a0]);

        Assert.False(harness.Pool.Contains(a0.Hash));
        Assert.Equal(new TxPoolStatus(1, 0), harness.Pool.Status);
        Assert.Equal(2UL, harness.Pool.GetPendingNonce(TestAccounts.Address(0)));
        Assert.Empty(announced);
    }

    [Fact]
    public void Removing_the_same_included_transactions_twice_changes_nothing_more()
    {
        var harness = new PoolHarness();
        var a0 = PoolHarness.Legacy(0, 0, 2 * Gwei);
        var a1 = PoolHarness.Legacy(0, 1, 2 * Gwei);
        var a2 = PoolHarness.Legacy(0, 2, 2 * Gwei);
        harness.Pool.AddRange([a0, a1, a2]);

        harness.Pool.RemoveIncluded([a1, a0]);
        harness.Pool.RemoveIncluded([a0, a1]);

        Assert.Equal(new TxPoolStatus(1, 0), harness.Pool.Status);
        Assert.True(harness.Pool.Contains(a2.Hash));
        Assert.Equal(3UL, harness.Pool.GetPendingNonce(TestAccounts.Address(0)));
    }

    [Fact]
    public void Drops_a_pooled_transaction_whose_nonce_another_transaction_used()
    {
        var harness = new PoolHarness();
        var pooled = PoolHarness.Legacy(0, 0, 2 * Gwei);
        harness.Pool.Add(pooled);
        var minedElsewhere = PoolHarness.Legacy(0, 0, 3 * Gwei);

        harness.State.Set(TestAccounts.Address(0), 1, PoolHarness.Rich);
        harness.Pool.OnBlock(BlockOf(harness, minedElsewhere), Gwei, PoolHarness.BlockGasLimit, harness.State);

        Assert.Equal(0, harness.Pool.Count);
        Assert.False(harness.Pool.Contains(pooled.Hash));
    }

    [Fact]
    public void Demotes_pending_transactions_the_lower_balance_no_longer_covers_together()
    {
        var harness = new PoolHarness();
        var sender = TestAccounts.Address(0);
        var cost = 21_000 * 2 * Gwei;
        harness.Pool.AddRange([PoolHarness.Legacy(0, 0, 2 * Gwei), PoolHarness.Legacy(0, 1, 2 * Gwei), PoolHarness.Legacy(0, 2, 2 * Gwei)]);
        Assert.Equal(new TxPoolStatus(3, 0), harness.Pool.Status);

        harness.State.Set(sender, 0, cost + cost);
        harness.UpdateHead(Gwei);

        Assert.Equal(new TxPoolStatus(2, 1), harness.Pool.Status);
        Assert.Equal(2UL, harness.Pool.GetPendingNonce(sender));
        harness.AssertInvariants();

        // Funds arrive: the queued transaction is promoted and announced.
        var announced = new List<Transaction>();
        harness.Pool.NewPending += (_, e) => announced.AddRange(e.Transactions);
        harness.State.Set(sender, 0, PoolHarness.Rich);
        harness.UpdateHead(Gwei);
        Assert.Equal(new TxPoolStatus(3, 0), harness.Pool.Status);
        Assert.Equal([2UL], announced.Select(tx => tx.Nonce));
    }

    [Fact]
    public void Drops_a_transaction_whose_own_cost_exceeds_the_new_balance_and_queues_those_behind_it()
    {
        var harness = new PoolHarness();
        var sender = TestAccounts.Address(0);
        var costly = PoolHarness.Legacy(0, 0, 2 * Gwei, value: PoolHarness.Ether);
        harness.Pool.AddRange([costly, PoolHarness.Legacy(0, 1, 2 * Gwei), PoolHarness.Legacy(0, 2, 2 * Gwei)]);

        harness.State.Set(sender, 0, PoolHarness.Ether / 2);
        harness.UpdateHead(Gwei);

        Assert.False(harness.Pool.Contains(costly.Hash));
        Assert.Equal(new TxPoolStatus(0, 2), harness.Pool.Status);
        Assert.Equal(0UL, harness.Pool.GetPendingNonce(sender));
        harness.AssertInvariants();
    }

    [Fact]
    public void Promotes_a_queued_transaction_when_the_state_nonce_reaches_it()
    {
        var harness = new PoolHarness();
        var queued = PoolHarness.Legacy(0, 1, 2 * Gwei);
        harness.Pool.Add(queued);
        var announced = new List<Transaction>();
        harness.Pool.NewPending += (_, e) => announced.AddRange(e.Transactions);

        harness.State.Set(TestAccounts.Address(0), 1, PoolHarness.Rich);
        harness.UpdateHead(Gwei);

        Assert.Equal(new TxPoolStatus(1, 0), harness.Pool.Status);
        Assert.Equal([queued], announced);
    }

    [Fact]
    public void Drops_transactions_above_a_lowered_block_gas_limit()
    {
        var harness = new PoolHarness();
        var big = PoolHarness.Legacy(0, 0, 2 * Gwei, gas: 1_000_000);
        harness.Pool.Add(big);
        harness.Pool.Add(PoolHarness.Legacy(1, 0, 2 * Gwei));

        harness.Pool.UpdateHead(harness.Header(Gwei), Gwei, 500_000, harness.State);

        Assert.False(harness.Pool.Contains(big.Hash));
        Assert.Equal(new TxPoolStatus(1, 0), harness.Pool.Status);
        Assert.Equal(TxPoolError.ExceedsBlockGasLimit, harness.Pool.Add(PoolHarness.Legacy(2, 0, 2 * Gwei, gas: 500_001)).Error);
    }

    [Fact]
    public void Expires_the_queue_of_a_sender_quiet_for_the_queued_lifetime_but_not_its_pending()
    {
        var harness = new PoolHarness();
        harness.Pool.Add(PoolHarness.Legacy(0, 0, 2 * Gwei));
        harness.Pool.Add(PoolHarness.Legacy(0, 5, 2 * Gwei));
        harness.Pool.Add(PoolHarness.Legacy(1, 5, 2 * Gwei));

        harness.Time.Advance(TimeSpan.FromHours(2));
        harness.Pool.Add(PoolHarness.Legacy(1, 6, 2 * Gwei));
        harness.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        harness.UpdateHead(Gwei);

        // Sender 0 was quiet for over three hours; sender 1 was active two hours in.
        Assert.Equal(new TxPoolStatus(1, 2), harness.Pool.Status);
        Assert.False(harness.Pool.GetQueued().ContainsKey(TestAccounts.Address(0)));

        harness.Time.Advance(TimeSpan.FromHours(2));
        harness.Pool.RemoveExpired();
        Assert.Equal(new TxPoolStatus(1, 0), harness.Pool.Status);
    }

    [Fact]
    public void A_reorganisation_to_a_lower_nonce_queues_the_transactions_behind_the_reopened_gap()
    {
        var harness = new PoolHarness();
        var sender = TestAccounts.Address(0);
        harness.State.Set(sender, 2, PoolHarness.Rich);
        harness.UpdateHead(Gwei);
        harness.Pool.Add(PoolHarness.Legacy(0, 2, 2 * Gwei));

        harness.State.Set(sender, 1, PoolHarness.Rich);
        harness.UpdateHead(Gwei);
        Assert.Equal(new TxPoolStatus(0, 1), harness.Pool.Status);

        harness.Pool.Add(PoolHarness.Legacy(0, 1, 2 * Gwei));
        Assert.Equal(new TxPoolStatus(2, 0), harness.Pool.Status);
        harness.AssertInvariants();
    }
}
