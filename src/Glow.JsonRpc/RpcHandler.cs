namespace Glow.JsonRpc;

/// <summary>
/// A JSON-RPC method: reads its <paramref name="parameters"/> (whose readers throw <see cref="RpcErrorException"/>
/// with -32602 on bad input) and returns a result or an error. The parameters are valid only until the returned task
/// completes; a handler that keeps data for later copies it.
/// </summary>
/// <param name="parameters">The positional <c>params</c> of the request.</param>
/// <param name="context">The transport, the connection (for subscriptions), cancellation and the remote endpoint.</param>
public delegate ValueTask<RpcResult> RpcHandler(RpcParams parameters, RpcCallContext context);
