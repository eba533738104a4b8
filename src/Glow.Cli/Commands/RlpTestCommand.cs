using System.CommandLine;
using Glow.Conformance.Rlp;

namespace Glow.Cli.Commands;

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
        command.SetAction(result => ConformanceOutput.Print(() => RlpTestRunner.Run(result.GetValue(path)!), result.InvocationConfiguration));
        return command;
    }
}
