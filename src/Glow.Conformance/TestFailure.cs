namespace Glow.Conformance;

/// <summary>One conformance case that did not give the expected result.</summary>
/// <param name="File">The test file, relative to the path the run started from.</param>
/// <param name="Test">The case's name (with the fork or index where a file holds several variants).</param>
/// <param name="Reason">What went wrong, in one line.</param>
public sealed record TestFailure(string File, string Test, string Reason)
{
    /// <summary>The line printed for this failure: <c>file: test: reason</c>.</summary>
    public override string ToString() => $"{File}: {Test}: {Reason}";
}
