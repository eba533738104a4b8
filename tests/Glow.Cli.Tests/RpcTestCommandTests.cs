using Glow.TestKit;

namespace Glow.Cli.Tests;

public sealed class RpcTestCommandTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("glow-cli-rpctest-");

    public void Dispose() => _temp.Delete(recursive: true);

    /// <summary>A cases directory in the temp folder with the suite's chain and the given case files.</summary>
    private string Suite(bool withForkchoice, params (string Name, string Text)[] cases)
    {
        foreach (var file in withForkchoice ? ["genesis.json", "chain.rlp", "headfcu.json"] : new[] { "genesis.json", "chain.rlp" })
        {
            File.Copy(RepoPaths.ExecutionApis(file), Path.Combine(_temp.FullName, file));
        }

        foreach (var (name, text) in cases)
        {
            var path = Path.Combine(_temp.FullName, name + ".io");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return _temp.FullName;
    }

    [Fact]
    public void Every_execution_apis_case_passes_except_the_listed_skips()
    {
        var directory = RepoPaths.ExecutionApis();
        var files = Directory.GetFiles(directory, "*.io", SearchOption.AllDirectories).Length;

        var run = CliRun.Invoke("rpctest", directory);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Empty(run.Error);
        var lines = run.OutputLines;
        var skips = lines.Count(l => l.StartsWith("SKIP ", StringComparison.Ordinal));
        Assert.Equal($"{files - skips} passed, 0 failed, {skips} skipped", lines[^1]);
        Assert.Equal(files, lines.Length - 1);
        Assert.Contains("PASS eth_getBlockByNumber/get-genesis", lines);
        Assert.Contains("PASS eth_call/call-revert-abi-error", lines);
        Assert.Contains("PASS debug_getRawReceipts/get-block-n", lines);
    }

    [Fact]
    public void Over_websocket_every_case_gets_the_same_answers()
    {
        var directory = RepoPaths.ExecutionApis();
        var files = Directory.GetFiles(directory, "*.io", SearchOption.AllDirectories).Length;

        var run = CliRun.Invoke("rpctest", directory, "--ws");

        Assert.True(run.ExitCode == 0, run.Output);
        var skips = run.OutputLines.Count(l => l.StartsWith("SKIP ", StringComparison.Ordinal));
        Assert.Equal($"{files - skips} passed, 0 failed, {skips} skipped", run.OutputLines[^1]);
    }

    [Fact]
    public void A_wrong_expectation_fails_with_the_path_and_exit_code_1()
    {
        var directory = Suite(true, ("eth_chainId/wrong", """
            // the chain id is 0xc72dd9d5e883e, not 0x1
            >> {"jsonrpc":"2.0","id":1,"method":"eth_chainId"}
            << {"jsonrpc":"2.0","id":1,"result":"0x1"}
            """));

        var run = CliRun.Invoke("rpctest", directory, "--failures-only");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["FAIL eth_chainId/wrong: result: expected \"0x1\", got \"0xc72dd9d5e883e\"", "0 passed, 1 failed"], run.OutputLines);
    }

    [Fact]
    public void A_chain_that_ends_elsewhere_than_the_forkchoice_says_is_refused()
    {
        var directory = Suite(false, ("eth_chainId/id", ">> {\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"}\n<< {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0xc72dd9d5e883e\"}\n"));
        File.WriteAllText(Path.Combine(directory, "headfcu.json"), """{"params":[{"headBlockHash":"0x1111111111111111111111111111111111111111111111111111111111111111"}]}""");

        var run = CliRun.Invoke("rpctest", directory);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: After importing chain.rlp the head is block ", run.Error, StringComparison.Ordinal);
        Assert.Contains("but headfcu.json names 0x1111111111111111111111111111111111111111111111111111111111111111", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_chain_file_is_refused_with_its_position()
    {
        var directory = Suite(false, ("eth_chainId/id", ">> {}\n<< {}\n"));
        var chain = Path.Combine(directory, "chain.rlp");
        var bytes = File.ReadAllBytes(chain);
        File.WriteAllBytes(chain, bytes[..^10]);

        var run = CliRun.Invoke("rpctest", directory);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"^error: Block \d+ at byte \d+: the file ends inside the block\.\s*$", run.Error);
    }

    [Fact]
    public void A_missing_directory_or_a_bad_url_is_a_usage_error()
    {
        var missing = CliRun.Invoke("rpctest", Path.Combine(_temp.FullName, "nowhere"));
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("error: No conformance cases at ", missing.Error, StringComparison.Ordinal);

        var badUrl = CliRun.Invoke("rpctest", RepoPaths.ExecutionApis(), "--url", "ftp://example");
        Assert.Equal(2, badUrl.ExitCode);
        Assert.Equal("error: --url: 'ftp://example' is not a URL with the scheme http or https.", badUrl.Error.Trim());

        var httpForWs = CliRun.Invoke("rpctest", RepoPaths.ExecutionApis(), "--ws", "--url", "http://127.0.0.1:8545/");
        Assert.Equal(2, httpForWs.ExitCode);
        Assert.Equal("error: --url: 'http://127.0.0.1:8545/' is not a URL with the scheme ws or wss.", httpForWs.Error.Trim());

        var nobody = CliRun.Invoke("rpctest", RepoPaths.ExecutionApis(), "--ws", "--url", "ws://127.0.0.1:1/");
        Assert.Equal(2, nobody.ExitCode);
        Assert.StartsWith("error: ", nobody.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_that_does_not_answer_fails_each_case_without_crashing()
    {
        var directory = Suite(false, ("eth_chainId/id", ">> {}\n<< {}\n"));

        var run = CliRun.Invoke("rpctest", directory, "--url", "http://127.0.0.1:1/");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("FAIL eth_chainId/id: the request failed: ", run.OutputLines[0], StringComparison.Ordinal);
        Assert.Equal("0 passed, 1 failed", run.OutputLines[^1]);
    }
}
