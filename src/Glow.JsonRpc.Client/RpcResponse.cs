using System.Text.Json;

namespace Glow.JsonRpc.Client;

/// <summary>One response of a batch: a result or an error.</summary>
/// <param name="Result">The result (undefined when <paramref name="Error"/> is set).</param>
/// <param name="Error">The error, or null.</param>
public sealed record RpcResponse(JsonElement Result, RpcException? Error)
{
    /// <summary>The result, or throws the error.</summary>
    /// <exception cref="RpcException">The call failed.</exception>
    public JsonElement GetResult() => Error is null ? Result : throw Error;
}
