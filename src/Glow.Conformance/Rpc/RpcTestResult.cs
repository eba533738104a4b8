namespace Glow.Conformance.Rpc;

/// <summary>The outcome of one conformance case.</summary>
/// <param name="Name">The case's name (<see cref="RpcTestCase.Name"/>).</param>
/// <param name="Pass">True when every response matched.</param>
/// <param name="Reason">For a failure, the first difference or the transport error, in one line; null on a pass.</param>
public sealed record RpcTestResult(string Name, bool Pass, string? Reason)
{
    /// <summary>One line: <c>PASS name</c> or <c>FAIL name: reason</c>.</summary>
    public override string ToString() => Pass ? $"PASS {Name}" : $"FAIL {Name}: {Reason}";
}
