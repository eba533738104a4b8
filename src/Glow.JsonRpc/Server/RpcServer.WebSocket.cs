using System.Buffers;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace Glow.JsonRpc.Server;

public sealed partial class RpcServer
{
    private const int InitialReceiveSize = 16 * 1024;

    /// <summary>
    /// One WebSocket connection: a receive loop answering each message in turn, and a send loop draining the
    /// connection's queue (responses and notifications), so writes never overlap and producers never wait.
    /// </summary>
    private async Task HandleWebSocketAsync(HttpContext http)
    {
        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            KeepAliveInterval = Options.WebSocketKeepAliveInterval,
        }).ConfigureAwait(false);
        var connection = new RpcConnection(Options.MaxSubscriptionsPerConnection, Options.WebSocketSendQueueLimit, RemoteEndPoint(http));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token, connection.Closed);
        using var inFlight = new SemaphoreSlim(Options.WebSocketMaxConcurrentRequests);
        var sending = SendLoopAsync(socket, connection, stop.Token);
        WebSocketCloseStatus? closeStatus = null;
        try
        {
            closeStatus = await ReceiveLoopAsync(socket, connection, inFlight, stop.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            // The client vanished, the server is stopping, or the connection was closed for overflowing its queue.
        }
        finally
        {
            connection.Close();
            await sending.ConfigureAwait(false);
            // Wait for the calls still running (their cancellation token has fired) before releasing the semaphore.
            for (int i = 0; i < Options.WebSocketMaxConcurrentRequests; i++)
            {
                await inFlight.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }

        if (connection.CloseReason is { } reason)
        {
            LogConnectionDropped(connection.RemoteEndPoint?.ToString() ?? "?", reason);
            socket.Abort();
            return;
        }

        await CloseQuietlyAsync(socket, closeStatus ?? WebSocketCloseStatus.NormalClosure).ConfigureAwait(false);
    }

    /// <summary>
    /// Receives messages until the client closes and answers each in the background, at most
    /// <see cref="RpcServerOptions.WebSocketMaxConcurrentRequests"/> at once (so a slow call does not hold up the
    /// others; responses carry their ids and may come in any order); returns the close status to send.
    /// </summary>
    private async Task<WebSocketCloseStatus?> ReceiveLoopAsync(WebSocket socket, RpcConnection connection, SemaphoreSlim inFlight, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialReceiveSize);
        try
        {
            while (true)
            {
                int count = 0;
                ValueWebSocketReceiveResult received;
                do
                {
                    if (count == buffer.Length)
                    {
                        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, count).CopyTo(bigger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }

                    received = await socket.ReceiveAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        return WebSocketCloseStatus.NormalClosure;
                    }

                    count += received.Count;
                    if (count > Options.MaxRequestSize)
                    {
                        return WebSocketCloseStatus.MessageTooBig;
                    }
                }
                while (!received.EndOfMessage);

                await inFlight.WaitAsync(cancellationToken).ConfigureAwait(false);
                var message = ArrayPool<byte>.Shared.Rent(count);
                buffer.AsSpan(0, count).CopyTo(message);
                _ = AnswerInBackgroundAsync(connection, message, count, inFlight, cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Answers a message (a pooled array, returned here) and releases its slot; a failure closes only this connection.</summary>
    private async Task AnswerInBackgroundAsync(RpcConnection connection, byte[] message, int length, SemaphoreSlim inFlight, CancellationToken cancellationToken)
    {
        try
        {
            await AnswerAsync(connection, new ReadOnlySequence<byte>(message, 0, length), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            // The connection is closing.
        }
        catch (Exception e)
        {
            LogConnectionFailed(e);
            connection.Close("internal error");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
            inFlight.Release();
        }
    }

    /// <summary>Answers one message by queueing its response; false when the connection closed meanwhile.</summary>
    private async Task<bool> AnswerAsync(RpcConnection connection, ReadOnlySequence<byte> message, CancellationToken cancellationToken)
    {
        var context = new RpcCallContext(RpcTransport.WebSocket, connection, connection.RemoteEndPoint, cancellationToken);
        using var output = new RpcBuffer();
        if (await Dispatcher.ProcessAsync(message, context, output).ConfigureAwait(false))
        {
            var array = output.Detach(out int length);
            if (!connection.Enqueue(new RpcOutgoing(array, length)))
            {
                ArrayPool<byte>.Shared.Return(array);
                return false;
            }
        }

        context.ActivateSubscriptions();
        return !connection.Closed.IsCancellationRequested;
    }

    private async Task SendLoopAsync(WebSocket socket, RpcConnection connection, CancellationToken cancellationToken)
    {
        using var scratch = new RpcBuffer();
        var queue = connection.Outgoing;
        try
        {
            while (await queue.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (queue.TryRead(out var message))
                {
                    if (message.Buffer is { } array)
                    {
                        try
                        {
                            await socket.SendAsync(array.AsMemory(0, message.Length), WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                        }
                        finally
                        {
                            ArrayPool<byte>.Shared.Return(array);
                        }

                        continue;
                    }

                    var subscription = message.Subscription!;
                    scratch.Clear();
                    if (subscription.IsClosed || !Dispatcher.WriteNotification(scratch, subscription, message.Result))
                    {
                        continue;
                    }

                    await socket.SendAsync(scratch.WrittenMemory, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            // The connection is going away; the receive loop ends too.
        }
        finally
        {
            connection.Close(connection.Closed.IsCancellationRequested ? null : "send failed");
            while (queue.TryRead(out var left))
            {
                if (left.Buffer is { } array)
                {
                    ArrayPool<byte>.Shared.Return(array);
                }
            }
        }
    }

    private static async Task CloseQuietlyAsync(WebSocket socket, WebSocketCloseStatus status)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(status, status == WebSocketCloseStatus.MessageTooBig ? "request too large" : null, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            socket.Abort();
        }
    }
}
