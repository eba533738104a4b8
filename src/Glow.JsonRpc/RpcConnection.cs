using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace Glow.JsonRpc;

/// <summary>
/// One client connection that can receive notifications (a WebSocket): its subscriptions and its bounded queue of
/// outgoing messages. Responses and notifications go through the queue, so they are written one at a time in order;
/// a producer never waits: when the client reads too slowly and the queue fills, the connection is closed (geth
/// drops slow subscribers too) and every subscription on it ends.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "A CancellationTokenSource without a timer holds nothing to release; it stays cancelled for late registrations.")]
public sealed class RpcConnection
{
    private readonly ConcurrentDictionary<string, RpcSubscription> _subscriptions = new(StringComparer.Ordinal);
    private readonly Channel<RpcOutgoing> _outgoing;
    private readonly CancellationTokenSource _closed = new();
    private readonly Lock _subscribeLock = new();
    private string? _closeReason;

    /// <summary>A connection allowing <paramref name="maxSubscriptions"/> subscriptions and <paramref name="sendQueueLimit"/> queued messages.</summary>
    public RpcConnection(int maxSubscriptions, int sendQueueLimit, IPEndPoint? remoteEndPoint = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxSubscriptions);
        ArgumentOutOfRangeException.ThrowIfLessThan(sendQueueLimit, 1);
        MaxSubscriptions = maxSubscriptions;
        RemoteEndPoint = remoteEndPoint;
        _outgoing = Channel.CreateBounded<RpcOutgoing>(new BoundedChannelOptions(sendQueueLimit)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        Closed = _closed.Token;
    }

    /// <summary>The most subscriptions this connection may hold at once.</summary>
    public int MaxSubscriptions { get; }

    /// <summary>The client's address, when known.</summary>
    public IPEndPoint? RemoteEndPoint { get; }

    /// <summary>How many subscriptions are open.</summary>
    public int SubscriptionCount => _subscriptions.Count;

    /// <summary>Cancelled when the connection closes (by the client, the server, or a queue overflow).</summary>
    public CancellationToken Closed { get; }

    /// <summary>Why the server closed the connection (null while open or when the client closed it).</summary>
    public string? CloseReason => _closeReason;

    /// <summary>The queue the sender drains.</summary>
    internal ChannelReader<RpcOutgoing> Outgoing => _outgoing.Reader;

    /// <summary>
    /// Opens a subscription whose notifications use <paramref name="notificationMethod"/>.
    /// </summary>
    /// <exception cref="RpcErrorException">-32000 when the connection already holds <see cref="MaxSubscriptions"/>, or is closed.</exception>
    public RpcSubscription Subscribe(string notificationMethod = "eth_subscription")
    {
        lock (_subscribeLock)
        {
            if (Closed.IsCancellationRequested)
            {
                throw new RpcErrorException(RpcError.Server("connection closed"));
            }

            if (_subscriptions.Count >= MaxSubscriptions)
            {
                throw new RpcErrorException(RpcError.Server($"too many subscriptions on this connection (limit {MaxSubscriptions})"));
            }

            while (true)
            {
                var subscription = new RpcSubscription(this, NewId(), notificationMethod);
                if (_subscriptions.TryAdd(subscription.Id, subscription))
                {
                    return subscription;
                }
            }
        }
    }

    /// <summary>Ends the subscription <paramref name="id"/>; false when there is none of that id on this connection.</summary>
    public bool Unsubscribe(string id)
    {
        if (!_subscriptions.TryRemove(id, out var subscription))
        {
            return false;
        }

        subscription.Close();
        return true;
    }

    /// <summary>Closes the connection (the transport aborts the socket) and ends every subscription.</summary>
    public void Close(string? reason = null)
    {
        lock (_subscribeLock)
        {
            if (_closed.IsCancellationRequested)
            {
                return;
            }

            _closeReason = reason;
            _closed.Cancel();
        }

        _outgoing.Writer.TryComplete();
        foreach (var id in _subscriptions.Keys)
        {
            Unsubscribe(id);
        }
    }

    /// <summary>Queues a message without waiting; on overflow closes the connection and returns false.</summary>
    internal bool Enqueue(RpcOutgoing message)
    {
        if (_outgoing.Writer.TryWrite(message))
        {
            return true;
        }

        if (!Closed.IsCancellationRequested)
        {
            Close("send queue overflow: the client reads too slowly");
        }

        return false;
    }

    /// <summary>A subscription id as geth makes them: 16 random bytes in hex.</summary>
    private static string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Core.Encoding.Hex.Encode(bytes);
    }
}
