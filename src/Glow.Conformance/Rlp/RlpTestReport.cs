namespace Glow.Conformance.Rlp;

/// <summary>The outcome of an RLPTests run: the counts and every failure, in file and test order.</summary>
/// <param name="Totals">Passed, failed and skipped counts.</param>
/// <param name="Failures">Each failed case with its reason.</param>
public sealed record RlpTestReport(RunTotals Totals, IReadOnlyList<RlpTestFailure> Failures);
