using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;

namespace Glow.JsonRpc.Client;

/// <summary>
/// A JSON-RPC client over one WebSocket: calls may overlap (responses are matched by id), and subscription
/// notifications are delivered to <see cref="RpcClientSubscription.Notifications"/>.
/// </summary>
public sealed class WebSocketRpcClient : RpcClient
{
    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<long, TaskCompletionSource<RpcResponse>> _pending = new();
    private readonly ConcurrentDictionary<string, Channel<JsonElement>> _subscriptions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = new();
    private Task _receiving = Task.CompletedTask;

    private WebSocketRpcClient(ClientWebSocket socket) => _socket = socket;

    /// <summary>The close status the server sent, once the connection has closed.</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>True while the connection is open.</summary>
    public bool IsOpen => _socket.State == WebSocketState.Open;

    /// <summary>Connects to <paramref name="uri"/> (<c>ws://host:port/</c>).</summary>
    public static async Task<WebSocketRpcClient> ConnectAsync(Uri uri, CancellationToken cancellationToken = default)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var client = new WebSocketRpcClient(socket);
        client._receiving = client.ReceiveLoopAsync();
        return client;
    }

    /// <summary>Calls <paramref name="method"/> (<c>eth_subscribe</c>) and routes the notifications of the returned id.</summary>
    /// <exception cref="RpcException">The server refused the subscription.</exception>
    public async Task<RpcClientSubscription> SubscribeAsync(string method, params object?[] parameters)
    {
        var result = await CallAsync(method, parameters).ConfigureAwait(false);
        string id = result.GetString() ?? throw new RpcException(0, "the subscription id is not a string");
        return new RpcClientSubscription(id, SubscriptionChannel(id).Reader);
    }

    /// <summary>Sends raw text as one message (for tests of malformed input); the answer arrives as usual.</summary>
    public async Task SendRawAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(message, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Waits until the connection is closed (by either side).</summary>
    public Task Completion => _receiving;

    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<long, RpcResponse>> TransmitAsync(ReadOnlyMemory<byte> body, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var waits = new Task<RpcResponse>[ids.Count];
        for (int i = 0; i < ids.Count; i++)
        {
            var source = new TaskCompletionSource<RpcResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[ids[i]] = source;
            waits[i] = source.Task;
        }

        await SendRawAsync(body, cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(waits).WaitAsync(cancellationToken).ConfigureAwait(false);
        var responses = new Dictionary<long, RpcResponse>();
        for (int i = 0; i < ids.Count; i++)
        {
            responses[ids[i]] = waits[i].Result;
        }

        return responses;
    }

    /// <inheritdoc />
    protected override async ValueTask DisposeAsyncCore()
    {
        await _closing.CancelAsync().ConfigureAwait(false);
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
            {
                _socket.Abort();
            }
        }

        try
        {
            await _receiving.ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // Closing anyway.
        }

        _socket.Dispose();
        _sendLock.Dispose();
        _closing.Dispose();
    }

    private Channel<JsonElement> SubscriptionChannel(string id) =>
        _subscriptions.GetOrAdd(id, _ => Channel.CreateUnbounded<JsonElement>(new UnboundedChannelOptions { SingleWriter = true }));

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (true)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await _socket.ReceiveAsync(buffer.GetMemory(16 * 1024), _closing.Token).ConfigureAwait(false);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    buffer.Advance(received.Count);
                }
                while (!received.EndOfMessage);

                Dispatch(buffer.WrittenMemory);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // The connection closed.
        }
        finally
        {
            var closed = new RpcException(0, "the WebSocket connection closed");
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(closed);
            }

            foreach (var channel in _subscriptions.Values)
            {
                channel.Writer.TryComplete();
            }
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> message)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in root.EnumerateArray())
            {
                Complete(item);
            }

            return;
        }

        if (root.TryGetProperty("method"u8, out _) && root.TryGetProperty("params"u8, out var parameters)
            && parameters.TryGetProperty("subscription"u8, out var id) && id.ValueKind == JsonValueKind.String)
        {
            var result = parameters.TryGetProperty("result"u8, out var r) ? r.Clone() : default;
            SubscriptionChannel(id.GetString()!).Writer.TryWrite(result);
            return;
        }

        Complete(root);
    }

    /// <summary>Completes the call of the response's id; an answer without a usable id (a parse error of raw input) matches no call.</summary>
    private void Complete(JsonElement message)
    {
        var (id, response) = ReadResponse(message);
        if (_pending.TryRemove(id, out var source))
        {
            source.TrySetResult(response);
        }
    }
}
