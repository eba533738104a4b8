using System.CommandLine;
using Glow.Conformance.Blocks;

namespace Glow.Cli.Commands;

/// <summary>
/// <c>utg blocktest &lt;file|dir&gt; [--network NAME] [--failures-only]</c>: runs ethereum/tests BlockchainTests under
/// Ethereum's block rules, prints one JSON line per test (name, file, network, pass, last block hash and the expected
/// one, error), then the closing line <c>N passed, M failed, K skipped</c>. Tests of other networks are skipped.
/// Exit code 0 when nothing failed, 1 when something did, 2 for a bad path, file or network name.
/// </summary>
internal static class BlockTestCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A BlockchainTests JSON file, or a directory searched recursively for *.json" };
        var network = new Option<string>("--network")
        {
            Description = "The network whose tests run; the others are skipped",
            DefaultValueFactory = _ => "Cancun",
        };
        var failuresOnly = new Option<bool>("--failures-only") { Description = "Print only the tests that failed" };
        var command = new Command("blocktest", "Run the BlockchainTests conformance suite (ethereum/tests)") { path, network, failuresOnly };
        command.SetAction(parse => Run(parse, parse.GetValue(path)!, parse.GetValue(network)!, parse.GetValue(failuresOnly)));
        return command;
    }

    private static int Run(ParseResult parse, string path, string network, bool failuresOnly)
    {
        var console = parse.InvocationConfiguration;
        try
        {
            var runner = new BlockTestRunner { Network = network };
            var report = runner.Run(path, result =>
            {
                if (!failuresOnly || (!result.Pass && !result.Skipped))
                {
                    console.Output.WriteLine(result.ToJsonLine());
                }
            });
            console.Output.WriteLine(report.Totals.ToString(withSkipped: true));
            return report.Totals.Failed == 0 ? 0 : 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or FormatException)
        {
            console.Error.WriteLine($"error: {e.Message.ReplaceLineEndings(" ")}");
            return 2;
        }
    }
}
