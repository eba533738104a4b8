namespace Glow.Conformance.Tests;

public class RunTotalsTests
{
    [Fact]
    public void Closing_line_omits_skipped_when_there_are_none() =>
        Assert.Equal("3 passed, 1 failed", new RunTotals(3, 1, 0).ToString());

    [Fact]
    public void Closing_line_counts_skips() =>
        Assert.Equal("3 passed, 0 failed, 2 skipped", (new RunTotals(1, 0, 2) + new RunTotals(2, 0, 0)).ToString());
}
