namespace Glow.JsonRpc.Server;

/// <summary>
/// Settings of the JSON-RPC server; the defaults follow geth's (HTTP and WebSocket on one port, on 127.0.0.1:8545).
/// </summary>
public sealed record RpcServerOptions
{
    /// <summary>The address to listen on: an IP address (<c>127.0.0.1</c>, <c>0.0.0.0</c>, <c>::</c>) or <c>localhost</c>.</summary>
    public string Address { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 picks a free one (tests), see <see cref="RpcServer.Port"/>.</summary>
    public int Port { get; init; } = 8545;

    /// <summary>The largest request body (HTTP) or message (WebSocket), in bytes: geth's 5 MiB.</summary>
    public int MaxRequestSize { get; init; } = 5 * 1024 * 1024;

    /// <summary>The most requests in a batch (geth's BatchRequestLimit).</summary>
    public int BatchRequestLimit { get; init; } = 1000;

    /// <summary>Once a batch's response passes this many bytes, the remaining calls are refused (geth's BatchResponseMaxSize).</summary>
    public long BatchResponseMaxSize { get; init; } = 25_000_000;

    /// <summary>
    /// Origins whose browser pages may call the server (CORS): exact origins such as <c>http://localhost:3000</c>, or
    /// <c>*</c> for any. Empty (geth's default): no CORS headers, so browsers refuse cross-origin calls. WebSocket
    /// upgrades from a browser page are accepted from these origins and from local ones (localhost, loopback).
    /// </summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// <summary>
    /// Names accepted in the <c>Host</c> header (geth's vhosts), against DNS rebinding; <c>*</c> accepts any. IP
    /// addresses are always accepted (a rebinding attack needs a name). Others get HTTP 403.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = ["localhost"];

    /// <summary>The most subscriptions one WebSocket connection may hold.</summary>
    public int MaxSubscriptionsPerConnection { get; init; } = 1000;

    /// <summary>The most messages waiting to be sent on one WebSocket; a client that lets more pile up is disconnected.</summary>
    public int WebSocketSendQueueLimit { get; init; } = 10_000;

    /// <summary>
    /// The most calls of one WebSocket connection answered at once (each message is answered in the background, so a
    /// slow call does not hold up the next; 1 answers strictly in order).
    /// </summary>
    public int WebSocketMaxConcurrentRequests { get; init; } = 16;

    /// <summary>How often the server pings an idle WebSocket (zero: never).</summary>
    public TimeSpan WebSocketKeepAliveInterval { get; init; } = TimeSpan.FromSeconds(30);
}
