namespace Glow.Cli.Tests;

public class RlpCommandTests
{
    [Fact]
    public void Decodes_nested_lists_as_json_arrays_of_hex_strings()
    {
        var run = CliRun.Invoke("rlp", "decode", "0xc6827a77c10401");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""["0x7a77",["0x04"],"0x01"]""", run.Output.Trim());
    }

    [Fact]
    public void Decodes_the_empty_string_and_hex_without_prefix()
    {
        var run = CliRun.Invoke("rlp", "decode", "80");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("\"0x\"", run.Output.Trim());
    }

    [Theory]
    [InlineData("0x8100", "non-canonical single byte")]
    [InlineData("0x83646f6700", "trailing bytes")]
    [InlineData("0xc3c30102", "list length mismatch")]
    [InlineData("0xzz", "not hex")]
    [InlineData("", "truncated")]
    public void Bad_input_gives_a_one_line_error_and_exit_code_2(string hex, string expected)
    {
        var run = CliRun.Invoke("rlp", "decode", hex);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
