namespace Glow.Conformance.Rlp;

/// <summary>One RLPTests case that did not give the expected result.</summary>
/// <param name="File">The test file, relative to the path the run started from.</param>
/// <param name="Test">The test's name in that file.</param>
/// <param name="Reason">What went wrong, in one line.</param>
public sealed record RlpTestFailure(string File, string Test, string Reason)
{
    /// <summary>The line printed for this failure: <c>file: test: reason</c>.</summary>
    public override string ToString() => $"{File}: {Test}: {Reason}";
}
