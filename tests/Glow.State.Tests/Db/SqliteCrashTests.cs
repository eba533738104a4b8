using System.Globalization;
using Glow.Core.Db;
using Glow.State.CrashHarness;
using Glow.State.Db;
using Xunit.Abstractions;

namespace Glow.State.Tests.Db;

/// <summary>
/// Crash safety (issue 3, point 6): a separate process commits numbered batches (<see cref="CrashBatches"/>)
/// and is killed at chosen moments, several of them inside a commit; the database must then open in this
/// process at the last whole batch N, with every row of batches up to N and nothing of batch N + 1.
/// </summary>
public sealed class SqliteCrashTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Rows per batch of the heavy runs: about 13 MB a batch, so a COMMIT writes for tens of milliseconds.</summary>
    private const int HeavyRows = 20_000;

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    // Inside the first COMMIT, as it starts and a few milliseconds in (it writes ~13 MB to the log).
    [InlineData("commit", 1, 0, HeavyRows, "normal")]
    [InlineData("commit", 2, 3, HeavyRows, "normal")]
    [InlineData("commit", 2, 20, HeavyRows, "normal")]
    // Inside a COMMIT that ends with an fsync.
    [InlineData("commit", 2, 8, HeavyRows, "full")]
    // While batch 3 is being built and applied to its open transaction.
    [InlineData("begin", 3, 60, HeavyRows, "normal")]
    // Small batches in quick succession: right after a commit returned, and as one starts.
    [InlineData("committed", 40, 0, 200, "normal")]
    [InlineData("commit", 60, 0, 200, "normal")]
    public void Killed_at_a_chosen_moment_the_database_reopens_at_the_last_whole_batch(string phase, int batch, int delayMilliseconds, int rows, string sync)
    {
        using (var harness = CrashHarnessProcess.Start(_directory.Path, "--rows", Text(rows), "--sync", sync))
        {
            harness.KillAt(phase, batch, TimeSpan.FromMilliseconds(delayMilliseconds));
            VerifyAfterCrash(harness, rows);
        }
    }

    [Theory]
    [InlineData(150)]
    [InlineData(700)]
    [InlineData(1500)]
    public void Killed_after_a_delay_the_database_reopens_at_the_last_whole_batch(int milliseconds)
    {
        using var harness = CrashHarnessProcess.Start(_directory.Path, "--rows", "2000");
        harness.KillAfter(TimeSpan.FromMilliseconds(milliseconds));
        VerifyAfterCrash(harness, 2000);
    }

    [Fact]
    public void Killed_again_and_again_on_the_same_directory_each_reopening_continues_from_the_last_whole_batch()
    {
        const int Rows = 5000;
        long last = 0;
        foreach (var (phase, ahead, delay) in new[] { ("commit", 2, 0), ("commit", 2, 4), ("begin", 2, 10), ("commit", 1, 1) })
        {
            using var harness = CrashHarnessProcess.Start(_directory.Path, "--rows", Text(Rows));
            harness.KillAt(phase, last + ahead, TimeSpan.FromMilliseconds(delay));
            Assert.Equal(last + 1, harness.First);
            last = VerifyAfterCrash(harness, Rows);
        }

        using (var harness = CrashHarnessProcess.Start(_directory.Path, "--rows", Text(Rows), "--batches", "2"))
        {
            harness.RunToEnd();
            Assert.Equal(last + 2, harness.Committed);
        }

        Assert.Equal(last + 2, Verify(_directory.Path, Rows, last + 2, last + 2));
    }

    [Fact]
    public void A_database_open_in_another_process_is_refused_and_free_again_once_that_process_dies()
    {
        using (var harness = CrashHarnessProcess.Start(_directory.Path, "--rows", "100"))
        {
            harness.WaitUntilReady();
            var error = Assert.Throws<DatabaseException>(() => SqliteDatabase.Open(_directory.Path));
            Assert.Contains("in use by another process", error.Message, StringComparison.Ordinal);
            harness.KillNow();
        }

        using var db = SqliteDatabase.Open(_directory.Path);
        Assert.True(CrashBatches.LastCommitted(db) >= 0);
    }

    private long VerifyAfterCrash(CrashHarnessProcess harness, int rows)
    {
        var walBytes = new FileInfo(_directory.File(SqliteDatabase.FileName) + "-wal") is { Exists: true } wal ? wal.Length : 0;
        // Batches before this run's first were committed by an earlier run; batches whose Commit() returned in this one must be there too.
        var atLeast = Math.Max(harness.Committed, harness.First - 1);
        var n = Verify(_directory.Path, rows, atLeast, Math.Max(atLeast, harness.CommitStarted));
        output.WriteLine(
            $"killed: COMMIT started for {harness.CommitStarted}, Commit() returned for {harness.Committed}; reopened at {n}; log left {walBytes} bytes; {(harness.CommitStarted > harness.Committed ? "killed inside a commit" : "killed between commits")}");
        return n;
    }

    /// <summary>
    /// Opens the database and checks it holds exactly batches 1..N for an N between <paramref name="atLeast"/>
    /// (batches whose Commit returned must survive a process crash) and <paramref name="atMost"/> (batches
    /// whose COMMIT never started cannot be there). Returns N.
    /// </summary>
    private static long Verify(string directory, int rows, long atLeast, long atMost)
    {
        using var db = SqliteDatabase.Open(directory);
        var n = CrashBatches.LastCommitted(db);
        Assert.InRange(n, atLeast, atMost);

        for (long b = 1; b <= n; b++)
        {
            for (var i = 0; i < rows; i++)
            {
                Assert.Equal(CrashBatches.Value(b, i, 'T', 100), db[DbTable.TrieNodes].Get(CrashBatches.Key(b, i, 'T')));
            }

            for (var i = 0; i < rows / 2; i++)
            {
                Assert.Equal(CrashBatches.Value(b, i, 'C', 1000), db[DbTable.Code].Get(CrashBatches.Key(b, i, 'C')));
            }
        }

        for (var i = 0; i < Math.Min(rows / 2, 100); i++)
        {
            Assert.False(db[DbTable.TrieNodes].Contains(CrashBatches.Key(n + 1, i, 'T')), $"row {i} of batch {n + 1} is visible");
            Assert.False(db[DbTable.Code].Contains(CrashBatches.Key(n + 1, i, 'C')), $"code row {i} of batch {n + 1} is visible");
        }

        Assert.Equal(n * rows, db[DbTable.TrieNodes].Iterate([]).LongCount());
        Assert.Equal(n * (rows / 2), db[DbTable.Code].Iterate([]).LongCount());
        for (var k = 0; k < CrashBatches.SharedKeys; k++)
        {
            Assert.Equal(n == 0 ? null : CrashBatches.Number(n), db[DbTable.Metadata].Get(CrashBatches.SharedKey(k)));
        }

        var temporary = db[DbTable.Metadata].Iterate(CrashBatches.TemporaryPrefix).Select(e => e.Key).ToArray();
        Assert.Equal(n == 0 ? [] : [CrashBatches.TemporaryKey(n)], temporary);
        return n;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
