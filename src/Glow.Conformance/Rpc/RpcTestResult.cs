namespace Glow.Conformance.Rpc;

/// <summary>The outcome of one conformance case.</summary>
/// <param name="Name">The case's name (<see cref="RpcTestCase.Name"/>).</param>
/// <param name="Pass">True when every response matched.</param>
/// <param name="Reason">For a failure, the first difference or the transport error, in one line; for a skip, the skip
/// list's reason; null on a pass.</param>
public sealed record RpcTestResult(string Name, bool Pass, string? Reason)
{
    /// <summary>True when the case is on the skip list and was not run.</summary>
    public bool Skipped { get; init; }

    /// <summary>One line: <c>PASS name</c>, <c>FAIL name: reason</c> or <c>SKIP name: reason</c>.</summary>
    public override string ToString() => Pass ? $"PASS {Name}" : Skipped ? $"SKIP {Name}: {Reason}" : $"FAIL {Name}: {Reason}";
}
