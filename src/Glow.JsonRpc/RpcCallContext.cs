using System.Net;

namespace Glow.JsonRpc;

/// <summary>
/// What a handler knows about the call besides its parameters: the transport, the connection (for subscriptions),
/// the cancellation token (the client went away or the server is stopping) and the client's address.
/// </summary>
public sealed class RpcCallContext
{
    private List<RpcSubscription>? _created;

    /// <summary>A context for a call over <paramref name="transport"/>; <paramref name="connection"/> is null where notifications are impossible (HTTP).</summary>
    public RpcCallContext(RpcTransport transport, RpcConnection? connection = null, IPEndPoint? remoteEndPoint = null, CancellationToken cancellationToken = default)
    {
        Transport = transport;
        Connection = connection;
        RemoteEndPoint = remoteEndPoint;
        CancellationToken = cancellationToken;
    }

    /// <summary>HTTP, WebSocket or in-process.</summary>
    public RpcTransport Transport { get; }

    /// <summary>The connection that can carry notifications, or null (HTTP).</summary>
    public RpcConnection? Connection { get; }

    /// <summary>The client's address, when known.</summary>
    public IPEndPoint? RemoteEndPoint { get; }

    /// <summary>Cancelled when the client disconnects or the server stops.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>True when <see cref="Subscribe"/> can work (the connection carries notifications).</summary>
    public bool SupportsNotifications => Connection is not null;

    /// <summary>
    /// Opens a subscription on this connection (for <c>eth_subscribe</c>): answer its <see cref="RpcSubscription.Id"/>,
    /// then push with <see cref="RpcSubscription.Notify"/>; stop when <see cref="RpcSubscription.Closed"/> fires.
    /// </summary>
    /// <exception cref="RpcErrorException">
    /// -32601 <c>notifications not supported</c> over HTTP (geth's words), or -32000 when the connection's
    /// subscription limit is reached.
    /// </exception>
    public RpcSubscription Subscribe(string notificationMethod = "eth_subscription")
    {
        if (Connection is null)
        {
            throw new RpcErrorException(RpcError.NotificationsUnsupported());
        }

        var subscription = Connection.Subscribe(notificationMethod);
        (_created ??= []).Add(subscription);
        return subscription;
    }

    /// <summary>Ends the subscription <paramref name="id"/> of this connection (for <c>eth_unsubscribe</c>); false when there is none.</summary>
    /// <exception cref="RpcErrorException">-32601 <c>notifications not supported</c> over HTTP.</exception>
    public bool Unsubscribe(string id) =>
        Connection is null ? throw new RpcErrorException(RpcError.NotificationsUnsupported()) : Connection.Unsubscribe(id);

    /// <summary>Lets the subscriptions opened by this call send, once the response to the call is queued.</summary>
    internal void ActivateSubscriptions()
    {
        if (_created is null)
        {
            return;
        }

        foreach (var subscription in _created)
        {
            subscription.Activate();
        }

        _created = null;
    }
}
