using System.CommandLine;
using Glow.Conformance.Rlp;

// The namespace is Glow.Cli, not Glow.Cli.Commands: a namespace of that name would clash with the Commands class
// that builds the command tree (CS0101).
namespace Glow.Cli;

/// <summary>
/// <c>utg rlptest &lt;file|dir&gt;</c>: runs ethereum/tests RLPTests files, prints each failure, then the closing
/// line <c>N passed, M failed</c>. Exit code 0 when nothing failed, 1 when something did, 2 when the path is missing
/// or a file is not a test file (one line <c>error: ...</c> on standard error).
/// </summary>
internal static class RlpTestCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "An RLPTests JSON file, or a directory searched recursively for *.json" };
        var command = new Command("rlptest", "Run the RLPTests conformance suite (ethereum/tests) against the RLP codec") { path };
        command.SetAction(result => Run(result.GetValue(path)!, result.InvocationConfiguration));
        return command;
    }

    private static int Run(string path, InvocationConfiguration console)
    {
        RlpTestReport report;
        try
        {
            report = RlpTestRunner.Run(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            console.Error.WriteLine($"error: {e.Message.ReplaceLineEndings(" ")}");
            return 2;
        }

        foreach (var failure in report.Failures)
        {
            console.Output.WriteLine(failure);
        }

        console.Output.WriteLine(report.Totals);
        return report.Totals.Failed == 0 ? 0 : 1;
    }
}
