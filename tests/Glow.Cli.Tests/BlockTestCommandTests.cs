using System.Text.Json;
using System.Text.Json.Nodes;
using Glow.TestKit;

namespace Glow.Cli.Tests;

public sealed class BlockTestCommandTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("glow-cli-blocktest-");

    public void Dispose() => _temp.Delete(recursive: true);

    private static string Suite(params string[] parts) => RepoPaths.EthereumTests(["BlockchainTests", .. parts]);

    [Fact]
    public void Prints_one_json_line_per_test_and_the_closing_line()
    {
        var run = CliRun.Invoke("blocktest", Suite("ValidBlocks", "bcExample"));

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var lines = run.OutputLines;
        Assert.Matches(@"^(\d+) passed, 0 failed, (\d+) skipped$", lines[^1]);
        var tests = lines[..^1].Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var example = tests.Single(t => t.GetProperty("name").GetString() == "basefeeExample_Cancun");
        Assert.Equal("basefeeExample.json", example.GetProperty("file").GetString());
        Assert.Equal("Cancun", example.GetProperty("network").GetString());
        Assert.True(example.GetProperty("pass").GetBoolean());
        Assert.Equal(example.GetProperty("expectedLastBlockHash").GetString(), example.GetProperty("lastBlockHash").GetString());
        Assert.Equal(JsonValueKind.Null, example.GetProperty("error").ValueKind);
    }

    [Fact]
    public void Tests_of_other_networks_are_counted_as_skipped()
    {
        var run = CliRun.Invoke("blocktest", Suite("GeneralStateTests", "Pyspecs", "shanghai", "eip3855_push0", "push0_key_sstore.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 passed, 0 failed, 1 skipped", run.OutputLines[^1]);
        var skipped = run.OutputLines[..^1].Select(l => JsonDocument.Parse(l).RootElement).Single(t => t.TryGetProperty("skipped", out _));
        Assert.Equal("network Shanghai: only Cancun tests are run", skipped.GetProperty("error").GetString());
    }

    [Fact]
    public void A_failed_test_exits_with_1_and_failures_only_prints_just_it()
    {
        var root = JsonNode.Parse(File.ReadAllText(Suite("ValidBlocks", "bcExample", "basefeeExample.json")))!.AsObject();
        root.Single().Value!["lastblockhash"] = "0x" + new string('2', 64);
        var file = Path.Combine(_temp.FullName, "basefeeExample.json");
        File.WriteAllText(file, root.ToJsonString());

        var run = CliRun.Invoke("blocktest", file, "--failures-only");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.OutputLines.Length);
        var result = JsonDocument.Parse(run.OutputLines[0]).RootElement;
        Assert.False(result.GetProperty("pass").GetBoolean());
        Assert.Equal("0x" + new string('2', 64), result.GetProperty("expectedLastBlockHash").GetString());
        Assert.Equal("0 passed, 1 failed, 0 skipped", run.OutputLines[^1]);
    }

    [Fact]
    public void A_missing_path_gives_a_one_line_error_and_exit_code_2()
    {
        var run = CliRun.Invoke("blocktest", Path.Combine(_temp.FullName, "missing"));

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_or_proof_of_work_network_is_bad_input()
    {
        var unknown = CliRun.Invoke("blocktest", Suite("ValidBlocks", "bcExample"), "--network", "Atlantis");
        var london = CliRun.Invoke("blocktest", Suite("ValidBlocks", "bcExample"), "--network", "London");

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown network", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, london.ExitCode);
        Assert.Contains("proof-of-work", london.Error, StringComparison.Ordinal);
    }
}
