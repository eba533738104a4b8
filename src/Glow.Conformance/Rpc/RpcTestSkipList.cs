using Glow.Conformance.State;

namespace Glow.Conformance.Rpc;

/// <summary>The explicit skip list of the JSON-RPC conformance cases, read from the embedded <c>RpcTestSkips.txt</c> (same format as the state tests').</summary>
public static class RpcTestSkipList
{
    /// <summary>The list shipped with the runner.</summary>
    public static StateTestSkipList Default { get; } = StateTestSkipList.FromResource("Glow.Conformance.Rpc.RpcTestSkips.txt");
}
