namespace Glow.JsonRpc;

/// <summary>A registered method.</summary>
/// <param name="Name">The full name (<c>eth_getBalance</c>); the part before <c>_</c> is its namespace.</param>
/// <param name="Handler">The code that answers it.</param>
/// <param name="MaxParameters">
/// The most positional arguments it takes; more give geth's <c>too many arguments, want at most N</c> before the
/// handler runs. Negative: no limit.
/// </param>
public sealed record RpcMethod(string Name, RpcHandler Handler, int MaxParameters = -1)
{
    /// <summary>The namespace: the text before the first <c>_</c> (the whole name without one).</summary>
    public string Namespace => Name.IndexOf('_', StringComparison.Ordinal) is int i and > 0 ? Name[..i] : Name;
}
