using Glow.Core.Blocks;
using Glow.Core.Db;
using Glow.Core.Transactions;
using Glow.Node.Chain;
using Glow.Node.CrashHarness;
using Glow.Node.Dev;
using Glow.State;
using Glow.State.Db;

namespace Glow.Node.Tests.Chain;

/// <summary>
/// A full disk (issue 5, acceptance 6), made deterministic with <see cref="SqliteDatabaseOptions.MaxPageCount"/>: the
/// block that does not fit fails with a <see cref="DatabaseException"/> saying so, the process goes on, the database keeps
/// the last whole block, and once there is room again (reopened without the limit) the chain continues.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("glow-full-disk-").FullName;

    private string DatabaseFile => Path.Combine(_directory, SqliteDatabase.FileName);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Importing_a_block_that_does_not_fit_fails_cleanly_and_the_chain_continues_after_reopening()
    {
        var blocks = new List<Block>();
        using (var generator = new CrashChain())
        {
            for (var n = 0; n < 30; n++)
            {
                blocks.Add(generator.Next());
            }
        }

        using (var database = SqliteDatabase.Open(_directory))
        {
            var tree = OpenTree(database);
            foreach (var block in blocks.Take(24))
            {
                Assert.Equal(ImportOutcome.NewHead, tree.Import(block).Outcome);
            }
        }

        // No room beyond the pages the 24 blocks take: block 25 (1,200 transfers to new accounts) cannot fit.
        var pages = new FileInfo(DatabaseFile).Length / 4096;
        using (var database = SqliteDatabase.Open(_directory, new SqliteDatabaseOptions { MaxPageCount = pages }))
        {
            var tree = OpenTree(database);
            Assert.True(CrashChain.IsLarge(blocks[24].Number));

            var error = Assert.Throws<DatabaseException>(() => tree.Import(blocks[24]));
            var again = Assert.Throws<DatabaseException>(() => tree.Import(blocks[24]));

            Assert.Contains($"the disk holding {DatabaseFile} is full", error.Message, StringComparison.Ordinal);
            Assert.Contains("is full", again.Message, StringComparison.Ordinal);
            Assert.Equal(blocks[23].Hash, tree.Head.Hash);
            Assert.Equal(new StateHead(24, blocks[23].Header.StateRoot), tree.State.Head);
            Assert.False(tree.Chain.Contains(blocks[24].Hash));
            Assert.Null(tree.Chain.FindTransaction(blocks[24].Transactions[0].Hash));
            Assert.True(tree.State.ViewLatest().GetBalance(CrashChain.Recipient(25, 0)).IsZero);
        }

        using (var database = SqliteDatabase.Open(_directory))
        {
            var tree = OpenTree(database);
            Assert.Equal(blocks[23].Hash, tree.Head.Hash);
            foreach (var block in blocks.Skip(24))
            {
                Assert.Equal(ImportOutcome.NewHead, tree.Import(block).Outcome);
            }

            Assert.Equal(blocks[^1].Hash, tree.Head.Hash);
            Assert.Equal(1UL, tree.State.ViewLatest().GetBalance(CrashChain.Recipient(25, 0)));
        }
    }

    [Fact]
    public async Task Interval_mining_reports_a_full_disk_through_Failed_and_the_chain_resumes_after_reopening()
    {
        using (DevChain.Open(new DevChainOptions { DataDirectory = _directory }, TimeProvider.System))
        {
        }

        var pages = new FileInfo(DatabaseFile).Length / 4096;
        var limited = new DevChainOptions
        {
            DataDirectory = _directory,
            BlockTimeSeconds = 1,
            DatabaseOptions = new SqliteDatabaseOptions { MaxPageCount = pages },
        };
        ulong head;
        using (var chain = DevChain.Open(limited, TimeProvider.System))
        {
            // Two hundred transfers to new accounts wait for the first interval block, which cannot fit.
            for (var i = 0; i < 200; i++)
            {
                var from = chain.Accounts[i % 10];
                var tx = TransactionSigner.Sign(new Transaction
                {
                    Type = TxType.DynamicFee,
                    ChainId = chain.Spec.ChainId,
                    Nonce = (ulong)(i / 10),
                    MaxPriorityFeePerGas = 1_000_000_000UL,
                    MaxFeePerGas = 100_000_000_000UL,
                    GasLimit = 21_000,
                    To = CrashChain.Recipient(0, i),
                    Value = 1,
                }, from.PrivateKey.Span);
                Assert.True(chain.Submit(tx).IsAccepted);
            }

            var failed = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
            chain.Failed += (_, e) => failed.TrySetResult(e);
            chain.Start();

            var error = await failed.Task.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.IsType<DatabaseException>(error);
            Assert.Contains($"the disk holding {DatabaseFile} is full", error.Message, StringComparison.Ordinal);
            head = chain.Tree.Head.Number;
            Assert.Empty(chain.Tree.Chain.GetBlock(head)!.Transactions);
        }

        using var reopened = DevChain.Open(new DevChainOptions { DataDirectory = _directory }, TimeProvider.System);
        Assert.Equal(head, reopened.Tree.Head.Number);
        Assert.Equal(head + 1, reopened.Mine().Number);
    }

    private static BlockTree OpenTree(IDatabase database) =>
        new(new ChainStore(database), new StateStore(database), CrashChain.CreateProcessor(CrashChain.ImportClock(30)));
}
