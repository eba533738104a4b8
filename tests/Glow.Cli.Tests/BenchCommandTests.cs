namespace Glow.Cli.Tests;

public class BenchCommandTests
{
    [Fact]
    public void Keccak_benchmark_ends_with_its_median_line()
    {
        var run = CliRun.Invoke("bench", "keccak", "--rounds", "1");

        Assert.Equal(0, run.ExitCode);
        var last = run.OutputLines[^1];
        Assert.Matches(@"^median keccak256\(32 B\): [0-9.]+ (ns|µs)/op$", last);
    }

    [Fact]
    public void Ecrecover_benchmark_ends_with_the_managed_median_line()
    {
        var run = CliRun.Invoke("bench", "ecrecover", "--rounds", "1");

        Assert.Equal(0, run.ExitCode);
        var last = run.OutputLines[^1];
        Assert.Matches(@"^median managed ecrecover: [0-9.]+ (ns|µs|ms)/op$", last);
    }

    [Fact]
    public void State_benchmark_reports_the_root_and_ends_with_its_three_figures()
    {
        var run = CliRun.Invoke("bench", "state", "--size", "2000", "--rounds", "1", "--no-reference");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutputLines, line => line.StartsWith("root of 2,000 accounts: 0x", StringComparison.Ordinal));
        Assert.Matches(@"^state: 2,000 accounts committed in [0-9.]+ s; block mix [0-9,]+ updates/s; random reads [0-9,]+ accounts/s$", run.OutputLines[^1]);
    }

    [Fact]
    public void A_size_below_one_is_refused()
    {
        var run = CliRun.Invoke("bench", "state", "--size", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --size must be at least 1", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_benchmark_gives_a_one_line_error_and_exit_code_2()
    {
        var run = CliRun.Invoke("bench", "nonsense");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: unknown benchmark 'nonsense'", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
