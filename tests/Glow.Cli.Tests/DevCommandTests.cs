using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Glow.Cli.Commands;
using Glow.Core.Db;
using Glow.Node.Dev;
using Glow.State.Db;

namespace Glow.Cli.Tests;

/// <summary>
/// <c>utg dev</c> end to end (issue 5, acceptance 5–6): the banner and the mined blocks, resuming a data directory, and
/// the failures an operator meets (bad options, an unusable or locked database, a full disk), each a one-line
/// <c>error: ...</c> with exit code 1 or 2 and never a stack trace.
/// </summary>
public sealed partial class DevCommandTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private readonly string _directory = Directory.CreateTempSubdirectory("glow-dev-cli-").FullName;

    private string DataDirectory => Path.Combine(_directory, "data");

    private string DatabaseFile => Path.Combine(DataDirectory, SqliteDatabase.FileName);

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows() && Directory.Exists(DataDirectory))
        {
            File.SetUnixFileMode(DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void An_in_memory_chain_prints_the_banner_and_its_blocks_and_stops_after_two()
    {
        var run = Dev("--in-memory", "--block-time", "1", "--stop-after", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("UltronGlow dev chain, chain id 1337, in memory (nothing is kept on exit)", run.OutputLines);
        Assert.Contains("(0) 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", run.OutputLines);
        Assert.Contains("(0) 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", run.OutputLines);
        Assert.Contains(run.OutputLines, line => line.StartsWith("WARNING: these keys are public", StringComparison.Ordinal));
        Assert.Matches(BlockLine(1), run.Output);
        Assert.Matches(BlockLine(2), run.Output);
        Assert.DoesNotMatch(BlockLine(3), run.Output);
        Assert.Equal("stopped at block 2", run.OutputLines[^1]);
    }

    [Fact]
    public void A_data_directory_resumes_at_its_head_on_the_next_run()
    {
        var first = Dev("--datadir", DataDirectory, "--block-time", "1", "--stop-after", "2");
        var second = Dev("--datadir", DataDirectory, "--block-time", "1", "--stop-after", "2");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"UltronGlow dev chain, chain id 1337, data in {DataDirectory}", first.OutputLines);
        Assert.Contains(first.OutputLines, line => line.StartsWith("genesis 0x", StringComparison.Ordinal));
        Assert.Equal("stopped at block 2", first.OutputLines[^1]);
        var block2 = BlockLine(2).Match(first.Output).Groups["hash"].Value;
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"resumed at block 2 {block2}", second.OutputLines);
        Assert.Matches(BlockLine(3), second.Output);
        Assert.Matches(BlockLine(4), second.Output);
        Assert.Equal("stopped at block 4", second.OutputLines[^1]);
    }

    [Fact]
    public void A_block_time_of_zero_is_refused_with_exit_code_2()
    {
        var run = Dev("--in-memory", "--block-time", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal("error: --block-time must be at least 1 second (leave it out for automine).", OneLine(run.Error));
    }

    [Fact]
    public void The_default_data_directory_is_under_the_home_directory()
    {
        var home = Path.Combine(_directory, "home");
        Directory.CreateDirectory(home);
        using var utg = UtgProcess.Start(home, "dev", "--block-time", "1", "--stop-after", "1");

        var (exitCode, error) = utg.WaitForExit(Limit);

        var expected = Path.Combine(home, ".ultronglow", "dev");
        Assert.True(exitCode == 0, error);
        Assert.Contains($"UltronGlow dev chain, chain id 1337, data in {expected}", utg.Lines);
        Assert.True(File.Exists(Path.Combine(expected, SqliteDatabase.FileName)));
        Assert.EndsWith(Path.Combine(".ultronglow", "dev"), DevCommand.DefaultDataDirectory(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_file_of_random_bytes_is_refused_naming_the_file()
    {
        Directory.CreateDirectory(DataDirectory);
        var bytes = new byte[8192];
        new Random(11).NextBytes(bytes);
        File.WriteAllBytes(DatabaseFile, bytes);

        var error = DevFails();

        Assert.Contains("is not a SQLite database", error, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(DatabaseFile));
    }

    [Fact]
    public void A_truncated_database_is_refused_naming_the_file()
    {
        using (var database = SqliteDatabase.Open(DataDirectory))
        {
            using var batch = database.StartBatch();
            for (var i = 0; i < 2000; i++)
            {
                batch.Put(DbTable.TrieNodes, BitConverter.GetBytes(i), new byte[100]);
            }

            batch.Commit();
        }

        var full = File.ReadAllBytes(DatabaseFile);
        File.WriteAllBytes(DatabaseFile, full[..(full.Length / 2)]);

        var error = DevFails();

        Assert.Contains("is truncated", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_path_that_is_a_directory_is_refused_naming_it()
    {
        Directory.CreateDirectory(DatabaseFile);

        var error = DevFails();

        Assert.Contains("cannot be opened", error, StringComparison.Ordinal);
    }

    [NotRootFact]
    [UnsupportedOSPlatform("windows")]
    public void A_data_directory_without_permission_is_refused_naming_it()
    {
        Directory.CreateDirectory(DataDirectory);
        File.SetUnixFileMode(DataDirectory, UnixFileMode.None);

        var run = Dev("--datadir", DataDirectory, "--block-time", "1", "--stop-after", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains(DataDirectory, OneLine(run.Error), StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_directory_in_use_by_another_utg_dev_is_refused()
    {
        // The other node mines one block after 30 s and stops, so it cannot outlive the test for long if the kill fails.
        using var other = UtgProcess.Start(null, "dev", "--datadir", DataDirectory, "--block-time", "30", "--stop-after", "1");
        other.WaitForLine("mining:");

        var error = DevFails();

        Assert.Contains("in use by another process", error, StringComparison.Ordinal);
        Assert.Contains(DataDirectory, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_disk_stops_mining_with_exit_code_1_and_the_chain_resumes_without_the_limit()
    {
        // A database holding the genesis only; then a limit of the pages it has, so that the first pages a block needs
        // are refused as on a full disk.
        using (DevChain.Open(new DevChainOptions { DataDirectory = DataDirectory }, TimeProvider.System))
        {
        }

        var pages = new FileInfo(DatabaseFile).Length / 4096;

        var run = Dev("--datadir", DataDirectory, "--block-time", "1", "--max-db-pages", pages.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, run.ExitCode);
        var error = OneLine(run.Error);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains($"the disk holding {DatabaseFile} is full", error, StringComparison.Ordinal);
        var mined = BlockLine().Matches(run.Output);
        var head = mined.Count == 0 ? 0UL : ulong.Parse(mined[^1].Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
        using var reopened = DevChain.Open(new DevChainOptions { DataDirectory = DataDirectory }, TimeProvider.System);
        Assert.Equal(head, reopened.Tree.Head.Number);
        Assert.Equal(head + 1, reopened.Mine().Number);
    }

    /// <summary>Runs <c>utg dev</c> in process; fails instead of hanging when it does not end within a minute.</summary>
    private static CliRun Dev(params string[] arguments)
    {
        var run = Task.Run(() => CliRun.Invoke(["dev", .. arguments]));
        Assert.True(run.Wait(Limit), $"utg dev {string.Join(' ', arguments)} did not end within {Limit}");
        return run.Result;
    }

    /// <summary>Runs <c>utg dev</c> on the data directory, checks it failed with one line and exit code 1, and returns the line.</summary>
    private string DevFails()
    {
        var run = Dev("--datadir", DataDirectory, "--block-time", "1", "--stop-after", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        var error = OneLine(run.Error);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(DataDirectory, error, StringComparison.Ordinal);
        return error;
    }

    /// <summary>The text of standard error, which must be exactly one line and no stack trace.</summary>
    private static string OneLine(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line of error, got: {error}");
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        return lines[0].TrimEnd();
    }

    private static Regex BlockLine(int number) =>
        new($"(?m)^block {number} (?<hash>0x[0-9a-f]{{64}}) txs=0 gas=0\\r?$");

    [GeneratedRegex(@"(?m)^block (?<number>[0-9]+) 0x[0-9a-f]{64} txs=0 gas=0\r?$")]
    private static partial Regex BlockLine();
}
