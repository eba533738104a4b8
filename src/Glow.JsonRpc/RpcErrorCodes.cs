namespace Glow.JsonRpc;

/// <summary>
/// JSON-RPC error codes: the five of the JSON-RPC 2.0 specification and the ones geth uses, since ethers and viem
/// classify errors by code and text (rpc.md, rule 6).
/// </summary>
public static class RpcErrorCodes
{
    /// <summary>The request is not valid JSON.</summary>
    public const int ParseError = -32700;

    /// <summary>The JSON is not a valid request object (or an empty or oversized batch, or an oversized body).</summary>
    public const int InvalidRequest = -32600;

    /// <summary>No such method, or notifications (subscriptions) over a transport without them.</summary>
    public const int MethodNotFound = -32601;

    /// <summary>A parameter is missing, extra, or malformed.</summary>
    public const int InvalidParams = -32602;

    /// <summary>The handler failed unexpectedly (geth: "method handler crashed").</summary>
    public const int InternalError = -32603;

    /// <summary>geth's default code for a failed call (nonce too low, insufficient funds, ...).</summary>
    public const int ServerError = -32000;

    /// <summary>geth: the response of a batch grew past the response size limit.</summary>
    public const int ResponseTooLarge = -32003;

    /// <summary>A reverted <c>eth_call</c> or <c>eth_estimateGas</c>; <c>data</c> holds the revert bytes (rpc.md, rule 5).</summary>
    public const int ExecutionReverted = 3;
}
