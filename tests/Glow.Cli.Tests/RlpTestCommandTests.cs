using System.Text.RegularExpressions;
using Glow.TestKit;

namespace Glow.Cli.Tests;

public sealed partial class RlpTestCommandTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("glow-cli-rlptest-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void Runs_the_RLPTests_suite_and_ends_with_the_closing_line_and_exit_code_0()
    {
        var run = CliRun.Invoke("rlptest", RepoPaths.EthereumTests("RLPTests"));

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(ClosingLineWithoutFailures(), Assert.Single(run.OutputLines));
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Prints_each_failure_and_exits_with_1()
    {
        var file = Path.Combine(_temp.FullName, "cases.json");
        File.WriteAllText(file, """{ "good": { "in": "dog", "out": "0x83646f67" }, "bad": { "in": "INVALID", "out": "0x80" } }""");

        var run = CliRun.Invoke("rlptest", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.OutputLines.Length);
        Assert.StartsWith("cases.json: bad: ", run.OutputLines[0], StringComparison.Ordinal);
        Assert.Equal("1 passed, 1 failed", run.OutputLines[1]);
    }

    [Fact]
    public void A_missing_path_gives_a_one_line_error_and_exit_code_2()
    {
        var run = CliRun.Invoke("rlptest", Path.Combine(_temp.FullName, "missing"));

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Malformed_json_gives_a_one_line_error_and_exit_code_2()
    {
        var file = Path.Combine(_temp.FullName, "broken.json");
        File.WriteAllText(file, "{ \"a\": \n [");

        var run = CliRun.Invoke("rlptest", file);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: broken.json: malformed JSON", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"^\d+ passed, 0 failed$")]
    private static partial Regex ClosingLineWithoutFailures();
}
