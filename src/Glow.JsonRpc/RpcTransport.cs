namespace Glow.JsonRpc;

/// <summary>How a request reached the server.</summary>
public enum RpcTransport
{
    /// <summary>An HTTP POST: one response per request, no notifications.</summary>
    Http,

    /// <summary>A WebSocket connection: requests, responses and subscription notifications.</summary>
    WebSocket,

    /// <summary>A direct call in the same process (tests, tools), without a network connection.</summary>
    InProcess,
}
