using Glow.Conformance.Transactions;
using Glow.TestKit;

namespace Glow.Conformance.Tests;

public class TransactionTestsConformance
{
    [Fact]
    public void Every_TransactionTests_case_passes_under_every_fork_it_lists()
    {
        var report = TransactionTestRunner.Run(RepoPaths.EthereumTests("TransactionTests"));

        Assert.True(report.Failures.Count == 0, string.Join('\n', report.Failures.Take(40)));
        Assert.True(report.Totals.Passed > 1500, $"only {report.Totals.Passed} cases ran");
        Assert.Equal(0, report.Totals.Skipped);
    }

    [Fact]
    public void Every_TransactionTests_case_with_a_Cancun_result_passes_under_Cancun()
    {
        var report = TransactionTestRunner.Run(RepoPaths.EthereumTests("TransactionTests"), "Cancun");

        Assert.True(report.Failures.Count == 0, string.Join('\n', report.Failures.Take(40)));
        Assert.Equal(112, report.Totals.Passed);
    }
}
