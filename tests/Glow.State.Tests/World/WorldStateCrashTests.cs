using System.Globalization;
using Glow.Core.Numerics;
using Glow.State.CrashHarness;
using Glow.State.Db;
using Glow.State.Tests.Db;
using Xunit.Abstractions;

namespace Glow.State.Tests.World;

/// <summary>
/// Crash safety of world-state commits (issue 3, point 6): a separate process commits blocks of
/// <see cref="CrashBlocks"/> through a <see cref="WorldState"/> on SQLite and is killed at chosen moments, inside a
/// commit among them. Reopened, the database must hold the state of the last whole block N: its head, the root of
/// every block up to N equal to a replay in memory, flat tables that agree with the tries, and nothing of block N + 1.
/// </summary>
public sealed class WorldStateCrashTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    // A large block killed as its SQL COMMIT starts.
    [InlineData("commit", 1, 0, 40_000)]
    // Large blocks killed some time after they began: while executing, hashing the tries, filling the SQL
    // transaction or committing it, wherever the delay lands on this machine.
    [InlineData("begin", 2, 150, 40_000)]
    [InlineData("begin", 2, 400, 40_000)]
    // Right after a commit returned.
    [InlineData("committed", 3, 0, 3_000)]
    public void Killed_during_block_commits_the_state_reopens_at_the_last_whole_block(string phase, int block, int delayMilliseconds, int writes)
    {
        using (var harness = CrashHarnessProcess.Start(_directory.Path, "--world", "--rows", Text(writes)))
        {
            harness.KillAt(phase, block, TimeSpan.FromMilliseconds(delayMilliseconds));
            var last = Verify(writes, Math.Max(harness.Committed, harness.First - 1), Math.Max(harness.Committed, harness.CommitStarted));
            output.WriteLine(
                $"killed: COMMIT started for {harness.CommitStarted}, returned for {harness.Committed}; reopened at block {last}; {(harness.CommitStarted > harness.Committed ? "killed inside a commit" : "killed between commits")}");
        }

        // A new run continues from the block after the last whole one.
        using var next = CrashHarnessProcess.Start(_directory.Path, "--world", "--rows", Text(writes), "--batches", "1");
        next.RunToEnd();
        Verify(writes, next.Committed, next.Committed);
    }

    [Theory]
    // Killed as the SQL COMMIT of a head move starts, and some time into moves (walking the tries, filling the batch).
    [InlineData("commit", 3, 0)]
    [InlineData("begin", 4, 30)]
    [InlineData("begin", 5, 120)]
    public void Killed_during_a_head_move_the_state_reopens_at_the_old_head_or_the_new_one_with_matching_flat_tables(string phase, int move, int delayMilliseconds)
    {
        const int writes = 20_000;
        using (var harness = CrashHarnessProcess.Start(_directory.Path, "--moves", "--rows", Text(writes)))
        {
            harness.KillAt(phase, move, TimeSpan.FromMilliseconds(delayMilliseconds));
            var head = VerifyMoved(writes);
            output.WriteLine($"killed: COMMIT started for move {harness.CommitStarted}, returned for {harness.Committed}; reopened at block {head}");

            // Move n goes to block 1 when odd, 2 when even: the head is where the last whole move left it, or where the killed one was going.
            var before = harness.Committed == 0 ? 2 : harness.Committed % 2 == 1 ? 1 : 2;
            var killed = move % 2 == 1 ? 1 : 2;
            Assert.True(head == before || head == killed, $"head at block {head}, not {before} (before the killed move) or {killed} (its target)");
        }

        // A new run moves on from there.
        using var next = CrashHarnessProcess.Start(_directory.Path, "--moves", "--rows", Text(writes), "--batches", "3");
        next.RunToEnd();
        Assert.Equal(1, VerifyMoved(writes));
    }

    /// <summary>After head moves between blocks 1 and 2: the head is one of them, with its roots, and flat tables equal to its tries; returns its number.</summary>
    private int VerifyMoved(int writes)
    {
        using var database = SqliteDatabase.Open(_directory.Path);
        var store = new StateStore(database);
        var head = store.Head!.Value;
        Assert.InRange(head.BlockNumber, 1ul, 2ul);
        var replay = WorldState.InMemory();
        CrashBlocks.Apply(replay, 1, writes);
        var one = replay.ComputeStateRoot();
        Assert.True(store.TryGetRoot(1, out var stored));
        Assert.Equal(one, stored);
        if (head.BlockNumber == 2)
        {
            CrashBlocks.Apply(replay, 2, writes);
            Assert.True(store.TryGetRoot(2, out stored));
            Assert.Equal(replay.ComputeStateRoot(), stored);
        }
        else
        {
            Assert.False(store.TryGetRoot(2, out _));
        }

        Assert.Equal(replay.ComputeStateRoot(), head.Root);
        var flat = store.ViewLatest();
        for (var i = 0; i < CrashBlocks.Accounts; i++)
        {
            var address = CrashBlocks.AddressOf(i);
            Assert.Equal(replay.GetBalance(address), flat.GetBalance(address));
        }

        Assert.Equal(CrashBlocks.Accounts + CrashBlocks.Contracts, database[Core.Db.DbTable.Accounts].Iterate([]).Count());
        for (var c = 0; c < CrashBlocks.Contracts; c++)
        {
            var contract = CrashBlocks.Contract(c);
            var rows = 0;
            for (var slot = 0ul; slot < 3_000; slot++)
            {
                var expected = replay.GetStorage(contract, slot);
                Assert.Equal(expected, flat.GetStorage(contract, slot));
                rows += expected.IsZero ? 0 : 1;
            }

            Assert.Equal(rows, database[Core.Db.DbTable.Storage].Iterate(contract.ToArray()).Count());
        }

        return (int)head.BlockNumber;
    }

    /// <summary>Checks the reopened state holds blocks 1..N exactly, for an N in the given range; returns N.</summary>
    private long Verify(int writes, long atLeast, long atMost)
    {
        using var database = SqliteDatabase.Open(_directory.Path);
        var store = new StateStore(database);
        var last = (long)(store.Head?.BlockNumber ?? 0);
        Assert.InRange(last, atLeast, atMost);

        var replay = WorldState.InMemory();
        for (var block = 1L; block <= last; block++)
        {
            CrashBlocks.Apply(replay, block, writes);
            Assert.True(store.TryGetRoot((ulong)block, out var stored), $"no root stored for block {block}");
            Assert.Equal(replay.ComputeStateRoot(), stored);
        }

        Assert.False(store.TryGetRoot((ulong)last + 1, out _));
        if (last == 0)
        {
            return last;
        }

        Assert.Equal(store.Head!.Value.Root, replay.ComputeStateRoot());
        var flat = store.ViewLatest();
        var tries = store.ViewAt(store.HeadRoot);
        for (var i = 0; i < CrashBlocks.Accounts; i++)
        {
            var address = CrashBlocks.AddressOf(i);
            Assert.Equal(replay.GetBalance(address), flat.GetBalance(address));
            Assert.Equal(replay.GetBalance(address), tries.GetBalance(address));
        }

        for (var c = 0; c < CrashBlocks.Contracts; c++)
        {
            var contract = CrashBlocks.Contract(c);
            for (var slot = 0ul; slot < 3_000; slot += 7)
            {
                var expected = replay.GetStorage(contract, slot);
                Assert.Equal(expected, flat.GetStorage(contract, slot));
                Assert.Equal(expected, tries.GetStorage(contract, (UInt256)slot));
            }
        }

        return last;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
