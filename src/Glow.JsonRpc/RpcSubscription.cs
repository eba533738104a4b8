namespace Glow.JsonRpc;

/// <summary>
/// A subscription on one connection (created by <see cref="RpcCallContext.Subscribe"/>): producers call
/// <see cref="Notify"/> from any thread, and the connection sends
/// <c>{"jsonrpc":"2.0","method":"eth_subscription","params":{"subscription":id,"result":...}}</c> in order.
/// Notifications made before the response to the subscribe call has been queued are held back until it is, so a
/// client never sees a notification for an id it does not know yet.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "A CancellationTokenSource without a timer holds nothing to release; it stays cancelled for late registrations.")]
public sealed class RpcSubscription
{
    private readonly CancellationTokenSource _closed = new();
    private readonly Lock _lock = new();
    private List<RpcResult>? _held = [];

    internal RpcSubscription(RpcConnection connection, string id, string notificationMethod)
    {
        Connection = connection;
        Id = id;
        NotificationMethod = notificationMethod;
        Closed = _closed.Token;
    }

    /// <summary>The id the client sees: <c>0x</c> and 32 lowercase hex digits, random (like geth).</summary>
    public string Id { get; }

    /// <summary>The method of the notification messages (<c>eth_subscription</c>).</summary>
    public string NotificationMethod { get; }

    /// <summary>The connection it belongs to.</summary>
    public RpcConnection Connection { get; }

    /// <summary>Cancelled when the subscription ends: unsubscribed, or its connection closed. Producers stop on it.</summary>
    public CancellationToken Closed { get; }

    /// <summary>True once the subscription has ended.</summary>
    public bool IsClosed => Closed.IsCancellationRequested;

    /// <summary>
    /// Queues a notification carrying <paramref name="result"/> without blocking. Returns false when the subscription
    /// has ended or the connection's queue overflowed (then the slow connection is closed, as geth does).
    /// </summary>
    public bool Notify(RpcResult result)
    {
        if (IsClosed)
        {
            return false;
        }

        lock (_lock)
        {
            if (_held is not null)
            {
                _held.Add(result);
                return true;
            }
        }

        return Connection.Enqueue(new RpcOutgoing(this, result));
    }

    /// <summary>Ends the subscription (same as <c>eth_unsubscribe</c> with its id); false when it had already ended.</summary>
    public bool Unsubscribe() => Connection.Unsubscribe(Id);

    /// <summary>Sends the notifications held back while the subscribe response was pending, then sends directly.</summary>
    internal void Activate()
    {
        lock (_lock)
        {
            if (_held is null)
            {
                return;
            }

            foreach (var result in _held)
            {
                if (!Connection.Enqueue(new RpcOutgoing(this, result)))
                {
                    break;
                }
            }

            _held = null;
        }
    }

    internal void Close()
    {
        lock (_lock)
        {
            _held = null;
        }

        _closed.Cancel();
    }
}
