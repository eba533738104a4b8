using Glow.Core.Transactions;
using Glow.Node.TxPool;

namespace Glow.Node.Tests.TxPool;

/// <summary>The load of <c>utg bench chain</c>: 50,000 transactions from 1,000 senders in one call.</summary>
public sealed class TransactionPoolBulkTests
{
    private const int Senders = 1_000;
    private const int PerSender = 50;

    [Fact]
    public void Adds_fifty_thousand_transactions_from_a_thousand_senders_all_pending()
    {
        var options = TxPoolOptions.Default with { MaxPending = Senders * PerSender };
        var harness = new PoolHarness(options, fundedAccounts: Senders);
        var txs = new Transaction[Senders * PerSender];

        // Interleaved by nonce, as many clients sending at once would deliver them.
        Parallel.For(0, txs.Length, i =>
        {
            var sender = i % Senders;
            var nonce = (ulong)(i / Senders);
            txs[i] = PoolHarness.Eip1559(sender, nonce, 2 * PoolHarness.Gwei, PoolHarness.Gwei);
        });

        var results = harness.Pool.AddRange(txs);

        Assert.All(results, result => Assert.True(result.IsAccepted, result.Message));
        Assert.Equal(new TxPoolStatus(Senders * PerSender, 0), harness.Pool.Status);
        Assert.Equal(Senders, harness.Pool.GetPending().Count);
        Assert.Equal((ulong)PerSender, harness.Pool.GetPendingNonce(TestAccounts.Address(Senders - 1)));
    }
}
