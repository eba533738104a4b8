namespace Glow.JsonRpc.Client;

/// <summary>One call of a batch: a method and its positional parameters (see <see cref="RpcClient"/> for the accepted types).</summary>
/// <param name="Method">The method name.</param>
/// <param name="Parameters">The parameters.</param>
public sealed record RpcRequest(string Method, params object?[] Parameters);
