using System.Collections.Concurrent;
using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Transactions;
using Glow.Node.TxPool;

namespace Glow.Node.Tests.TxPool;

/// <summary>Several threads add while one produces blocks from the pool; nothing is lost and the books balance.</summary>
public sealed class TransactionPoolConcurrencyTests
{
    private const int Adders = 4;
    private const int SendersPerAdder = 8;
    private const int NoncesPerSender = 24;

    [Fact]
    public async Task Concurrent_adds_selection_and_removal_keep_the_pool_consistent()
    {
        var harness = new PoolHarness(fundedAccounts: Adders * SendersPerAdder);
        var pool = harness.Pool;
        var work = new Transaction[Adders][];
        Parallel.For(0, Adders, adder =>
        {
            // Each adder sends its senders' transactions in a shuffled order, so gaps open and fill.
            var random = new Random(1_000 + adder);
            var txs = new List<Transaction>();
            for (var s = 0; s < SendersPerAdder; s++)
            {
                for (ulong nonce = 0; nonce < NoncesPerSender; nonce++)
                {
                    var tip = (ulong)random.Next(1, 50) * PoolHarness.Gwei;
                    txs.Add(PoolHarness.Eip1559((adder * SendersPerAdder) + s, nonce, tip + (10 * PoolHarness.Gwei), tip));
                }
            }

            work[adder] = [.. txs.OrderBy(_ => random.Next())];
        });

        var rejected = new ConcurrentBag<TxPoolResult>();
        var included = new ConcurrentBag<Transaction>();
        var addersDone = 0;
        var adders = Enumerable.Range(0, Adders).Select(adder => Task.Run(() =>
        {
            foreach (var tx in work[adder])
            {
                var result = pool.Add(tx);
                if (!result.IsAccepted)
                {
                    rejected.Add(result);
                }

                _ = pool.Status;
                _ = pool.GetPendingNonce(tx.RecoverSender()!.Value);
            }

            Interlocked.Increment(ref addersDone);
        })).ToArray();

        var producer = Task.Run(() =>
        {
            var blocks = 0;
            while (Volatile.Read(ref addersDone) < Adders || pool.Status.Pending > 0)
            {
                var selection = pool.SelectPending();
                var chosen = new List<Transaction>();
                var gasLeft = 40 * 21_000UL;
                while (selection.TryNext(gasLeft, out var tx))
                {
                    chosen.Add(tx);
                    gasLeft -= tx.GasLimit;
                }

                if (chosen.Count == 0)
                {
                    Thread.Sleep(1);
                }

                foreach (var tx in chosen)
                {
                    harness.State.Set(tx.RecoverSender()!.Value, tx.Nonce + 1, PoolHarness.Rich);
                    included.Add(tx);
                }

                var block = new Block(harness.Header(PoolHarness.Gwei), chosen, [], []);
                pool.OnBlock(block, PoolHarness.Gwei, PoolHarness.BlockGasLimit, harness.State);
                _ = pool.GetPending();
                blocks++;
            }

            return blocks;
        });

        await Task.WhenAll([.. adders, producer]).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Empty(rejected);
        Assert.True(await producer > 0);
        Assert.Equal(new TxPoolStatus(0, 0), pool.Status);
        Assert.Equal(Adders * SendersPerAdder * NoncesPerSender, included.Count);
        AssertEachSenderIncludedInNonceOrder(included);
        harness.AssertInvariants();
    }

    private static void AssertEachSenderIncludedInNonceOrder(IEnumerable<Transaction> included)
    {
        var bySender = new Dictionary<Address, List<ulong>>();
        foreach (var tx in included)
        {
            var sender = tx.RecoverSender()!.Value;
            if (!bySender.TryGetValue(sender, out var nonces))
            {
                bySender[sender] = nonces = [];
            }

            nonces.Add(tx.Nonce);
        }

        foreach (var nonces in bySender.Values)
        {
            nonces.Sort();
            Assert.Equal(Enumerable.Range(0, NoncesPerSender).Select(n => (ulong)n), nonces);
        }
    }
}
