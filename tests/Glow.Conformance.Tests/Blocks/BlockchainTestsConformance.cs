using System.Diagnostics;
using Glow.Conformance.Blocks;
using Glow.TestKit;
using Xunit.Abstractions;

namespace Glow.Conformance.Tests.Blocks;

public class BlockchainTestsConformance(ITestOutputHelper output)
{
    [Fact]
    public void Every_Cancun_BlockchainTests_test_passes_except_the_listed_skips()
    {
        var runner = new BlockTestRunner();
        var watch = Stopwatch.StartNew();
        var report = runner.Run(RepoPaths.EthereumTests("BlockchainTests"));

        output.WriteLine($"{report.Totals} in {watch.Elapsed.TotalSeconds:F1} s");
        foreach (var failure in report.Failures.Take(200))
        {
            output.WriteLine(failure.ToString());
        }

        Assert.True(report.Failures.Count == 0, $"{report.Totals}\n" + string.Join('\n', report.Failures.Take(40)));
        Assert.True(report.Totals.Passed >= 2_600, $"only {report.Totals.Passed} tests ran");

        // Skipped: the 563 tests of other networks, and whatever the shipped list names.
        Assert.Equal(563 + BlockTestSkipList.Default.Reasons.Count, report.Totals.Skipped);
    }
}
