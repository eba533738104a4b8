using System.Text.Json;
using Glow.TestKit;

namespace Glow.Cli.Tests;

public sealed class StateTestCommandTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("glow-cli-statetest-");

    public void Dispose() => _temp.Delete(recursive: true);

    private static string Example(string name) => RepoPaths.EthereumTests("GeneralStateTests", "stExample", name);

    [Fact]
    public void Prints_one_json_line_per_case_and_the_closing_line()
    {
        var run = CliRun.Invoke("statetest", RepoPaths.EthereumTests("GeneralStateTests", "stExample"));

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var lines = run.OutputLines;
        Assert.Matches(@"^(\d+) passed, 0 failed, 0 skipped$", lines[^1]);
        var cases = lines[..^1].Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(int.Parse(lines[^1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), cases.Count);
        var add11 = cases.Single(c => c.GetProperty("name").GetString() == "add11");
        Assert.Equal("Cancun", add11.GetProperty("fork").GetString());
        Assert.Equal(0, add11.GetProperty("index").GetProperty("d").GetInt32());
        Assert.True(add11.GetProperty("pass").GetBoolean());
        Assert.Equal(add11.GetProperty("expectedRoot").GetString(), add11.GetProperty("root").GetString());
        Assert.Equal(JsonValueKind.Null, add11.GetProperty("error").ValueKind);
    }

    [Fact]
    public void A_wrong_expected_root_fails_the_case_and_exits_with_1()
    {
        var text = File.ReadAllText(Example("add11.json"));
        var file = Path.Combine(_temp.FullName, "add11.json");
        File.WriteAllText(file, text.Replace("0xe8010ce590f401c9d61fef8ab05bea9bcec24281b795e5868809bc4e515aa530", "0x" + new string('1', 64), StringComparison.Ordinal));

        var run = CliRun.Invoke("statetest", file);

        Assert.Equal(1, run.ExitCode);
        var result = JsonDocument.Parse(run.OutputLines[0]).RootElement;
        Assert.False(result.GetProperty("pass").GetBoolean());
        Assert.StartsWith("state root mismatch", result.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("0 passed, 1 failed, 0 skipped", run.OutputLines[^1]);
    }

    [Fact]
    public void Trace_writes_an_eip3155_trace_and_a_summary_to_the_given_file()
    {
        var trace = Path.Combine(_temp.FullName, "trace.jsonl");

        var run = CliRun.Invoke("statetest", Example("add11.json"), "--trace", trace);

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(trace).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("PUSH1", lines[0].GetProperty("opName").GetString());
        Assert.Equal(0, lines[0].GetProperty("pc").GetInt32());
        Assert.True(lines[^1].GetProperty("pass").GetBoolean());
        Assert.Equal("0xe8010ce590f401c9d61fef8ab05bea9bcec24281b795e5868809bc4e515aa530", lines[^1].GetProperty("stateRoot").GetString());
    }

    [Fact]
    public void Trace_without_a_file_goes_to_standard_error()
    {
        var run = CliRun.Invoke("statetest", Example("add11.json"), "--trace");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"opName\":\"SSTORE\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_gives_a_one_line_error_and_exit_code_2()
    {
        var run = CliRun.Invoke("statetest", Path.Combine(_temp.FullName, "missing"));

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_file_that_is_not_a_state_test_gives_a_one_line_error_and_exit_code_2()
    {
        var file = Path.Combine(_temp.FullName, "broken.json");
        File.WriteAllText(file, """{ "x": { "in": 1 } }""");

        var run = CliRun.Invoke("statetest", file);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: broken.json: not a state test file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_fork_gives_a_one_line_error_and_exit_code_2()
    {
        var run = CliRun.Invoke("statetest", Example("add11.json"), "--fork", "Atlantis");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: unknown fork 'Atlantis'", run.Error, StringComparison.Ordinal);
    }
}
