using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Node.TxPool;

namespace Glow.Node.Tests.TxPool;

/// <summary>Pending versus queued, promotion when a gap fills, and the pending nonce.</summary>
public sealed class TransactionPoolNonceTests
{
    private static readonly UInt256 Gwei = PoolHarness.Gwei;

    [Fact]
    public void Queues_a_transaction_behind_a_nonce_gap_and_promotes_it_when_the_gap_fills()
    {
        var harness = new PoolHarness();
        var pool = harness.Pool;
        Assert.True(pool.Add(PoolHarness.Eip1559(0, 2, 2 * Gwei, Gwei)).IsAccepted);
        Assert.True(pool.Add(PoolHarness.Eip1559(0, 1, 2 * Gwei, Gwei)).IsAccepted);
        Assert.Equal(new TxPoolStatus(0, 2), pool.Status);
        Assert.Equal(0UL, pool.GetPendingNonce(TestAccounts.Address(0)));

        Assert.True(pool.Add(PoolHarness.Eip1559(0, 0, 2 * Gwei, Gwei)).IsAccepted);

        Assert.Equal(new TxPoolStatus(3, 0), pool.Status);
        Assert.Equal([0UL, 1, 2], pool.GetPending()[TestAccounts.Address(0)].Select(tx => tx.Nonce));
        Assert.Empty(pool.GetQueued());
        harness.AssertInvariants();
    }

    [Fact]
    public void Pending_nonce_is_the_state_nonce_plus_the_contiguous_pending_transactions()
    {
        var harness = new PoolHarness();
        var sender = TestAccounts.Address(0);
        harness.State.Set(sender, 7, PoolHarness.Rich);
        harness.UpdateHead(Gwei);
        Assert.Equal(7UL, harness.Pool.GetPendingNonce(sender));
        Assert.Equal(0UL, harness.Pool.GetPendingNonce(TestAccounts.Address(500)));

        harness.Pool.Add(PoolHarness.Eip1559(0, 7, 2 * Gwei, Gwei));
        harness.Pool.Add(PoolHarness.Eip1559(0, 8, 2 * Gwei, Gwei));
        harness.Pool.Add(PoolHarness.Eip1559(0, 10, 2 * Gwei, Gwei));

        Assert.Equal(9UL, harness.Pool.GetPendingNonce(sender));
        Assert.Equal(new TxPoolStatus(2, 1), harness.Pool.Status);
        harness.AssertInvariants();
    }

    [Fact]
    public void Keeps_transactions_the_balance_cannot_cover_together_queued()
    {
        var harness = new PoolHarness();
        var account = 200;
        var cost = 21_000 * 2 * Gwei;
        harness.State.Set(TestAccounts.Address(account), 0, (cost * 2) + 5);
        harness.UpdateHead(Gwei);

        for (ulong nonce = 0; nonce < 3; nonce++)
        {
            Assert.True(harness.Pool.Add(PoolHarness.Eip1559(account, nonce, 2 * Gwei, Gwei)).IsAccepted);
        }

        Assert.Equal(new TxPoolStatus(2, 1), harness.Pool.Status);
        Assert.Equal(2UL, harness.Pool.GetPendingNonce(TestAccounts.Address(account)));
        harness.AssertInvariants();
    }

    [Fact]
    public void Announces_added_and_promoted_transactions_as_newly_pending()
    {
        var harness = new PoolHarness();
        var announced = new List<Transaction>();
        harness.Pool.NewPending += (_, e) => announced.AddRange(e.Transactions);
        var second = PoolHarness.Eip1559(0, 1, 2 * Gwei, Gwei);
        var first = PoolHarness.Eip1559(0, 0, 2 * Gwei, Gwei);

        harness.Pool.Add(second);
        Assert.Empty(announced);
        harness.Pool.Add(first);

        Assert.Equal([first, second], announced);
    }

    [Fact]
    public void Lists_pending_and_queued_by_sender_in_address_order()
    {
        var harness = new PoolHarness();
        for (var account = 0; account < 5; account++)
        {
            harness.Pool.Add(PoolHarness.Eip1559(account, 0, 2 * Gwei, Gwei));
            harness.Pool.Add(PoolHarness.Eip1559(account, 3, 2 * Gwei, Gwei));
        }

        var pending = harness.Pool.GetPending();
        Assert.Equal(pending.Keys.Order(), pending.Keys);
        Assert.Equal(5, pending.Count);
        Assert.Equal(5, harness.Pool.GetQueued().Count);
        Assert.True(harness.Pool.TryGet(pending.Values.First()[0].Hash, out var found));
        Assert.Equal(0UL, found.Nonce);
    }
}
