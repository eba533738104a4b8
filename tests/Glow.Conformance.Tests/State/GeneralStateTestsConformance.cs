using Glow.Conformance.State;
using Glow.State;
using Glow.TestKit;
using Xunit.Abstractions;

namespace Glow.Conformance.Tests.State;

public class GeneralStateTestsConformance(ITestOutputHelper output)
{
    [Fact]
    public void Every_Cancun_GeneralStateTests_case_passes_except_the_listed_skips()
    {
        var runner = new StateTestRunner(WorldState.InMemory, StatePrecompiles.For);
        var report = runner.Run(RepoPaths.EthereumTests("GeneralStateTests"));

        output.WriteLine(report.Totals.ToString());
        foreach (var failure in report.Failures.Take(200))
        {
            output.WriteLine(failure.ToString());
        }

        Assert.True(report.Failures.Count == 0, $"{report.Totals}\n" + string.Join('\n', report.Failures.Take(40)));
        Assert.True(report.Totals.Passed > 18_000, $"only {report.Totals.Passed} cases ran");
        Assert.Equal(StateTestSkipList.Default.Reasons.Count == 0 ? 0 : report.Totals.Skipped, report.Totals.Skipped);
    }
}
