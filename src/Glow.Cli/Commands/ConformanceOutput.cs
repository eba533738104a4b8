using System.CommandLine;
using Glow.Conformance;

namespace Glow.Cli.Commands;

/// <summary>How every conformance command reports: failures one per line, then the closing totals line.</summary>
internal static class ConformanceOutput
{
    /// <summary>
    /// Runs <paramref name="run"/> and prints its report. Returns 0 when nothing failed, 1 when something did,
    /// and 2 with a one-line <c>error: ...</c> when the input cannot be run at all.
    /// </summary>
    public static int Print(Func<TestReport> run, InvocationConfiguration console)
    {
        TestReport report;
        try
        {
            report = run();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or FormatException)
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
