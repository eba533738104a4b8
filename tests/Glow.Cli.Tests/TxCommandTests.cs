using System.Text.Json;
using Glow.TestKit;

namespace Glow.Cli.Tests;

public class TxCommandTests
{
    private const string Eip155Example =
        "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83";

    [Fact]
    public void Decode_prints_the_transaction_as_json_with_sender_and_hash()
    {
        var run = CliRun.Invoke("tx", "decode", Eip155Example);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F", root.GetProperty("from").GetString());
        Assert.Equal("0x33469b22e9f636356c4160a87eb19df52b7412e8eac32a4a55ffe88ea8350788", root.GetProperty("hash").GetString());
        Assert.Equal("0x1", root.GetProperty("chainId").GetString());
        Assert.Equal("0x9", root.GetProperty("nonce").GetString());
        Assert.Equal("0xde0b6b3a7640000", root.GetProperty("value").GetString());
        Assert.Equal("0x25", root.GetProperty("v").GetString());
    }

    [Theory]
    [InlineData("0xzz", "error: not hex data")]
    [InlineData("0x123", "error: not hex data")]
    [InlineData("0x1234", "error: invalid transaction: transaction type 18 not supported")]
    [InlineData("0xf86c09", "error: invalid transaction: rlp:")]
    public void Decode_reports_bad_input_in_one_line_with_exit_code_2(string input, string message)
    {
        var run = CliRun.Invoke("tx", "decode", input);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Txtest_over_a_directory_ends_with_the_closing_line()
    {
        var run = CliRun.Invoke("txtest", RepoPaths.EthereumTests("TransactionTests", "ttEIP1559"), "--fork", "Cancun");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^[1-9][0-9]* passed, 0 failed$", run.OutputLines[^1]);
    }

    [Fact]
    public void Txtest_with_a_missing_path_or_unknown_fork_gives_a_one_line_error()
    {
        var missing = CliRun.Invoke("txtest", "/no/such/path");
        var fork = CliRun.Invoke("txtest", RepoPaths.EthereumTests("TransactionTests", "ttEIP1559"), "--fork", "Atlantis");

        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("error: no such file or directory", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, fork.ExitCode);
        Assert.StartsWith("error: unknown fork 'Atlantis'", fork.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unparsable_command_lines_get_one_error_line_and_a_pointer_to_help()
    {
        var run = CliRun.Invoke("tx", "decode");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            ["error: Required argument missing for command: 'decode'.", "Run 'utg tx decode --help' for usage."],
            run.Error.TrimEnd().Split('\n'));
    }
}
