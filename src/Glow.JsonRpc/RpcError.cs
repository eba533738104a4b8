using Glow.Core.Encoding;

namespace Glow.JsonRpc;

/// <summary>
/// A JSON-RPC error object: <c>{"code", "message", "data"?}</c>. The factories word the common errors as geth does
/// (rpc.md, rule 6).
/// </summary>
/// <param name="Code">The error code; see <see cref="RpcErrorCodes"/>.</param>
/// <param name="Message">The text clients show and classify (keep geth's wording).</param>
/// <param name="Data">Optional <c>data</c>, written as a JSON string (for reverts: the revert bytes in hex).</param>
public sealed record RpcError(int Code, string Message, string? Data = null)
{
    private static readonly RpcError Parse = new(RpcErrorCodes.ParseError, "parse error");
    private static readonly RpcError Invalid = new(RpcErrorCodes.InvalidRequest, "invalid request");
    private static readonly RpcError Crashed = new(RpcErrorCodes.InternalError, "method handler crashed");
    private static readonly RpcError NoNotifications = new(RpcErrorCodes.MethodNotFound, "notifications not supported");
    private static readonly RpcError TooLargeResponse = new(RpcErrorCodes.ResponseTooLarge, "response too large");

    /// <summary>-32700 <c>parse error</c>: the body is not JSON.</summary>
    public static RpcError ParseError() => Parse;

    /// <summary>-32600 with <paramref name="message"/> (default geth's <c>invalid request</c>).</summary>
    public static RpcError InvalidRequest(string message = "invalid request") =>
        message == Invalid.Message ? Invalid : new(RpcErrorCodes.InvalidRequest, message);

    /// <summary>-32601 <c>the method X does not exist/is not available</c>, geth's words.</summary>
    public static RpcError MethodNotFound(string method) =>
        new(RpcErrorCodes.MethodNotFound, $"the method {method} does not exist/is not available");

    /// <summary>-32602 with <paramref name="message"/>, e.g. <c>invalid argument 0: hex string without 0x prefix</c>.</summary>
    public static RpcError InvalidParams(string message) => new(RpcErrorCodes.InvalidParams, message);

    /// <summary>-32603 <c>method handler crashed</c> (geth's words): the safe answer to a handler exception.</summary>
    public static RpcError Internal() => Crashed;

    /// <summary>-32603 with a message of the caller's choice (no exception text from inside: it may leak internals).</summary>
    public static RpcError Internal(string message) => new(RpcErrorCodes.InternalError, message);

    /// <summary>-32000 (or <paramref name="code"/>) with <paramref name="message"/>: geth's default for a failed call.</summary>
    public static RpcError Server(string message, int code = RpcErrorCodes.ServerError) => new(code, message);

    /// <summary>
    /// Code 3, <c>execution reverted</c> (with <c>: reason</c> when the revert decodes as <c>Error(string)</c>) and
    /// <c>data</c> = the raw revert bytes in hex (rpc.md, rule 5).
    /// </summary>
    public static RpcError ExecutionReverted(ReadOnlySpan<byte> revertData, string? reason = null) =>
        new(RpcErrorCodes.ExecutionReverted,
            string.IsNullOrEmpty(reason) ? "execution reverted" : $"execution reverted: {reason}",
            Hex.Encode(revertData));

    /// <summary>-32601 <c>notifications not supported</c>: subscriptions over HTTP (geth's words and code).</summary>
    public static RpcError NotificationsUnsupported() => NoNotifications;

    /// <summary>-32003 <c>response too large</c>: batch members past the response size limit (geth).</summary>
    public static RpcError ResponseTooLarge() => TooLargeResponse;
}
