using System.CommandLine;
using Glow.Conformance.State;
using Glow.State;

namespace Glow.Cli.Commands;

/// <summary>
/// <c>utg statetest &lt;file|dir&gt; [--fork NAME] [--trace [FILE]]</c>: runs ethereum/tests GeneralStateTests, prints one
/// JSON line per case (name, fork, index, pass, computed root, expected root, error), then the closing line
/// <c>N passed, M failed, K skipped</c>. <c>--trace</c> writes an EIP-3155 trace to standard error, or to FILE.
/// Exit code 0 when nothing failed, 1 when something did, 2 for a bad path, file or fork name.
/// </summary>
internal static class StateTestCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A GeneralStateTests JSON file, or a directory searched recursively for *.json" };
        var fork = new Option<string>("--fork")
        {
            Description = "The fork whose expectations are checked",
            DefaultValueFactory = _ => "Cancun",
        };
        var trace = new Option<string?>("--trace")
        {
            Description = "Write an EIP-3155 trace (JSON lines) to standard error, or to the given file",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var failuresOnly = new Option<bool>("--failures-only") { Description = "Print only the cases that failed" };
        var command = new Command("statetest", "Run the GeneralStateTests conformance suite (ethereum/tests)") { path, fork, trace, failuresOnly };
        command.SetAction(parse => Run(parse, parse.GetValue(path)!, parse.GetValue(fork)!, parse.GetResult(trace) is not null, parse.GetValue(trace), parse.GetValue(failuresOnly)));
        return command;
    }

    private static int Run(ParseResult parse, string path, string fork, bool tracing, string? traceFile, bool failuresOnly)
    {
        var console = parse.InvocationConfiguration;
        TextWriter? traceWriter = null;
        try
        {
            if (tracing)
            {
                traceWriter = traceFile is null ? console.Error : new StreamWriter(traceFile);
            }

            var runner = new StateTestRunner(WorldState.InMemory, StatePrecompiles.For) { Fork = fork, Trace = traceWriter };
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
        finally
        {
            if (traceWriter is not null && traceFile is not null)
            {
                traceWriter.Dispose();
            }
        }
    }
}
