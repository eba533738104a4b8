using System.Globalization;
using Glow.Core.Db;
using Glow.Core.Numerics;
using Glow.Node.Chain;
using Glow.Node.CrashHarness;
using Glow.Node.Tests.Support;
using Glow.State;
using Glow.State.Db;
using Xunit.Abstractions;

namespace Glow.Node.Tests.Chain;

/// <summary>
/// Crash safety of block import (issue 5, acceptance 5): a separate process imports the generated chain of
/// <see cref="CrashChain"/> (transfers of all types, contract deployments, storage writes, logs, empty blocks and blocks of
/// 1,200 transfers) through <see cref="BlockTree.Import"/> into a SQLite data directory and is killed (SIGKILL) at chosen
/// moments, one after another on the same directory, in the middle of large blocks' commits among them. After each kill
/// the reopened directory must hold the generated chain up to the last whole block and nothing of the next, with state,
/// receipts and indexes that agree; the next run continues from there, and the last one reaches the generated head.
/// </summary>
public sealed class ImportCrashTests(GeneratedCrashChain generated, ITestOutputHelper output) : IClassFixture<GeneratedCrashChain>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("glow-import-crash-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Killed_at_several_moments_of_import_the_chain_reopens_at_the_last_stored_block_and_continues_to_the_end()
    {
        // Each run stops for good right before the COMMIT of block Hold, so that a kill "some time after" never comes
        // too late, however fast the machine.
        (string Phase, ulong Block, int DelayMilliseconds, ulong Hold, int SpillMegabytes, string Moment)[] kills =
        [
            ("stored", 3, 0, 10, 16, "right after a block was stored"),
            ("commit", 25, 0, 50, 16, "as the SQL COMMIT of a large block starts"),
            ("begin", 75, 500, 100, 16, "half a second into a large block (recovering senders, executing or committing)"),
            ("commit", 125, 0, 125, 1, "inside a large block's commit, its batch spilled into an open SQL transaction"),
            ("begin", 175, 250, 190, 1, "a quarter of a second into a large block whose batch spills"),
        ];
        foreach (var kill in kills)
        {
            using var harness = ImportHarnessProcess.Start(_directory, "--hold-commit", Text(kill.Hold), "--spill-mb", Text((ulong)kill.SpillMegabytes));
            harness.KillAt(kill.Phase, kill.Block, TimeSpan.FromMilliseconds(kill.DelayMilliseconds));
            var head = Verify(Math.Max(harness.Stored, harness.First - 1), Math.Min(Math.Max(harness.Stored, harness.Begun), kill.Hold - 1));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"killed {kill.Moment}: run began at {harness.First}, last stored {harness.Stored}, last begun {harness.Begun}, last COMMIT started {harness.CommitStarted}; reopened at block {head}"));
        }

        using var last = ImportHarnessProcess.Start(_directory);
        last.RunToEnd();
        Assert.Equal(generated.Blocks[^1].Hash.ToString(), last.Head);
        Verify(CrashChain.DefaultBlocks, CrashChain.DefaultBlocks);
    }

    private static string Text(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Checks the reopened directory holds blocks 0..N of the generated chain and nothing above, for N in the range; returns N.</summary>
    private ulong Verify(ulong atLeast, ulong atMost)
    {
        using var database = SqliteDatabase.Open(_directory);
        var chain = new ChainStore(database);
        var state = new StateStore(database, StateHistory.KeepLast(CrashHarness.Program.KeptBlocks));
        // The tree refuses a chain head and a state head that disagree.
        var tree = new BlockTree(chain, state, CrashChain.CreateProcessor(CrashChain.ImportClock(CrashChain.DefaultBlocks)));
        var head = tree.Head;
        Assert.InRange(head.Number, atLeast, atMost);
        Assert.Equal(generated.Blocks[(int)head.Number].Hash, head.Hash);
        Assert.Equal(new StateHead(head.Number, head.StateRoot), state.Head);

        var lastWithTransactions = 0UL;
        for (var n = 0UL; n <= head.Number; n++)
        {
            var expected = generated.Blocks[(int)n];
            var block = chain.GetBlock(n);
            Assert.NotNull(block);
            Assert.Equal(expected.Hash, block.Hash);
            Assert.Equal(expected.Transactions.Count, block.Transactions.Count);
            Assert.Equal(generated.Generator.Tree.Chain.GetReceipts(expected.Hash), chain.GetReceipts(expected.Hash));
            if (expected.Transactions.Count > 0)
            {
                lastWithTransactions = n;
            }
        }

        var indexed = generated.Blocks[(int)lastWithTransactions];
        for (var i = 0; i < indexed.Transactions.Count; i++)
        {
            var location = chain.FindTransaction(indexed.Transactions[i].Hash);
            Assert.NotNull(location);
            Assert.Equal(lastWithTransactions, location.Value.BlockNumber);
            Assert.Equal(i, location.Value.Index);
        }

        if (head.Number + 1 < (ulong)generated.Blocks.Count)
        {
            var next = generated.Blocks[(int)head.Number + 1];
            Assert.Null(database[DbTable.CanonicalHashes].Get(ChainKeys.Number(next.Number)));
            Assert.False(chain.Contains(next.Hash));
            Assert.False(state.TryGetRoot(next.Number, out _));
            foreach (var tx in next.Transactions)
            {
                Assert.Null(database[DbTable.TransactionIndex].Get(tx.Hash.Bytes));
            }
        }

        // The flat tables (latest) and the tries (by root) agree with each other and with the generator's state.
        var flat = state.ViewLatest();
        var tries = state.ViewAt(head.StateRoot);
        var reference = generated.Generator.Tree.State.ViewAt(head.StateRoot);
        foreach (var address in generated.Accounts(head.Number + 1))
        {
            Assert.Equal(reference.GetBalance(address), flat.GetBalance(address));
            Assert.Equal(reference.GetBalance(address), tries.GetBalance(address));
            Assert.Equal(reference.GetNonce(address), flat.GetNonce(address));
            Assert.Equal(reference.GetNonce(address), tries.GetNonce(address));
            Assert.Equal(reference.GetCodeHash(address), flat.GetCodeHash(address));
            Assert.Equal(reference.GetCodeHash(address), tries.GetCodeHash(address));
        }

        foreach (var contract in generated.Generator.Contracts)
        {
            for (var slot = 0UL; slot < CrashChain.Slots; slot++)
            {
                var expected = reference.GetStorage(contract, (UInt256)slot);
                Assert.Equal(expected, flat.GetStorage(contract, (UInt256)slot));
                Assert.Equal(expected, tries.GetStorage(contract, (UInt256)slot));
            }
        }

        return head.Number;
    }
}
