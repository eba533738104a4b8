using Glow.Conformance.State;
using Glow.Evm.Processing;
using Glow.State;
using Glow.TestKit;

namespace Glow.Conformance.Tests.State;

public class StateTestRunnerTests
{
    private static StateTestRunner Runner(StateTestSkipList? skips = null) =>
        new(WorldState.InMemory, StatePrecompiles.For) { Skips = skips ?? StateTestSkipList.None };

    [Fact]
    public void Runs_each_post_entry_of_the_fork_and_reports_roots()
    {
        var results = new List<StateTestResult>();
        var report = Runner().Run(RepoPaths.EthereumTests("GeneralStateTests", "stExample", "add11.json"), results.Add);

        Assert.Equal(new RunTotals(1, 0, 0), report.Totals);
        var result = Assert.Single(results);
        Assert.Equal("add11", result.Name);
        Assert.Equal(result.ExpectedRoot, result.Root);
    }

    [Fact]
    public void A_transaction_rejected_for_the_expected_reason_passes_with_the_state_unchanged()
    {
        var results = new List<StateTestResult>();
        var report = Runner().Run(RepoPaths.EthereumTests("GeneralStateTests", "stEIP1559", "lowGasLimit.json"), results.Add);

        Assert.Equal(0, report.Totals.Failed);
        Assert.Contains(results, r => r.Error is null && r.Pass);
    }

    [Fact]
    public void A_listed_test_is_skipped_with_its_reason()
    {
        var results = new List<StateTestResult>();
        var report = Runner(StateTestSkipList.Parse("add11: kept out for this test")).Run(RepoPaths.EthereumTests("GeneralStateTests", "stExample", "add11.json"), results.Add);

        Assert.Equal(new RunTotals(0, 0, 1), report.Totals);
        Assert.Equal("kept out for this test", Assert.Single(results).Error);
    }

    [Fact]
    public void Skip_list_lines_need_a_reason()
    {
        Assert.Throws<InvalidDataException>(() => StateTestSkipList.Parse("add11"));
        Assert.Throws<InvalidDataException>(() => StateTestSkipList.Parse("add11:   "));
        Assert.Equal("why", StateTestSkipList.Parse("# comment\n\nadd11: why\n").ReasonFor("add11"));
    }

    [Fact]
    public void The_shipped_skip_list_is_empty()
    {
        Assert.Empty(StateTestSkipList.Default.Reasons);
    }

    [Theory]
    [InlineData(TxInvalidReason.IntrinsicGasTooLow, "INTRINSIC_GAS_TOO_LOW")]
    [InlineData(TxInvalidReason.InsufficientAccountFunds, "INSUFFICIENT_ACCOUNT_FUNDS")]
    [InlineData(TxInvalidReason.SenderNotEoa, "SENDER_NOT_EOA")]
    [InlineData(TxInvalidReason.InvalidBlobVersionedHash, "TYPE_3_TX_INVALID_BLOB_VERSIONED_HASH")]
    public void Rejections_are_named_as_the_suite_names_them(TxInvalidReason reason, string name) =>
        Assert.Equal(name, StateTestRunner.ExceptionName(reason));
}
