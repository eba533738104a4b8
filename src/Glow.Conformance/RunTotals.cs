namespace Glow.Conformance;

/// <summary>Outcome counts of a conformance run, printed as <c>N passed, M failed, K skipped</c>.</summary>
/// <param name="Passed">Cases that gave the expected result.</param>
/// <param name="Failed">Cases that did not.</param>
/// <param name="Skipped">Cases on the explicit skip list.</param>
public readonly record struct RunTotals(int Passed, int Failed, int Skipped)
{
    /// <summary>The closing line every runner prints.</summary>
    public override string ToString() =>
        Skipped == 0 ? $"{Passed} passed, {Failed} failed" : $"{Passed} passed, {Failed} failed, {Skipped} skipped";

    /// <summary>The closing line, always naming the skipped count (<c>N passed, M failed, K skipped</c>) when <paramref name="withSkipped"/>.</summary>
    public string ToString(bool withSkipped) => withSkipped ? $"{Passed} passed, {Failed} failed, {Skipped} skipped" : ToString();

    /// <summary>Adds two totals.</summary>
    public static RunTotals operator +(RunTotals a, RunTotals b) =>
        new(a.Passed + b.Passed, a.Failed + b.Failed, a.Skipped + b.Skipped);
}
