namespace Glow.Conformance;

/// <summary>The outcome of a conformance run: the counts and every failure, in file and test order.</summary>
/// <param name="Totals">Passed, failed and skipped counts.</param>
/// <param name="Failures">Each failed case with its reason.</param>
public sealed record TestReport(RunTotals Totals, IReadOnlyList<TestFailure> Failures);
