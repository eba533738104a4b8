using System.CommandLine;
using Glow.Conformance.Transactions;

namespace Glow.Cli.Commands;

/// <summary>
/// <c>utg txtest &lt;file|dir&gt; [--fork NAME]</c>: runs ethereum/tests TransactionTests, prints each failure,
/// then the closing line <c>N passed, M failed</c>. Exit code 0 when nothing failed, 1 when something did,
/// 2 for a bad path, file or fork name (one line <c>error: ...</c> on standard error).
/// </summary>
internal static class TxTestCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A TransactionTests JSON file, or a directory searched recursively for *.json" };
        var fork = new Option<string?>("--fork") { Description = "Only this fork's expectations (e.g. Cancun); default: every fork a case lists" };
        var command = new Command("txtest", "Run the TransactionTests conformance suite (ethereum/tests)") { path, fork };
        command.SetAction(result => ConformanceOutput.Print(
            () => TransactionTestRunner.Run(result.GetValue(path)!, result.GetValue(fork)),
            result.InvocationConfiguration));
        return command;
    }
}
