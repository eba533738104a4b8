namespace Glow.Cli.Tests;

public class BenchCommandTests
{
    [Fact]
    public void Keccak_benchmark_ends_with_its_median_line()
    {
        var (code, output, _) = CliRunner.Run("bench", "keccak", "--rounds", "1");

        Assert.Equal(0, code);
        var last = output.TrimEnd().Split('\n')[^1];
        Assert.Matches(@"^median keccak256\(32 B\): [0-9.]+ (ns|µs)/op$", last);
    }

    [Fact]
    public void Unknown_benchmark_gives_a_one_line_error_and_exit_code_2()
    {
        var (code, _, error) = CliRunner.Run("bench", "nonsense");

        Assert.Equal(2, code);
        Assert.StartsWith("error: unknown benchmark 'nonsense'", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }
}
