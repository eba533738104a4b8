using System.Buffers;
using System.Text.Json;
using Glow.Core;
using Glow.Core.Encoding;
using Glow.Core.Numerics;

namespace Glow.JsonRpc.Client;

/// <summary>
/// A JSON-RPC 2.0 client (over HTTP: <see cref="HttpRpcClient"/>; over WebSocket: <see cref="WebSocketRpcClient"/>).
/// Parameters may be null, strings, booleans, integers (sent as JSON numbers), <see cref="JsonElement"/>s (sent as
/// is), byte arrays (data), <see cref="UInt256"/> (quantity), <see cref="Address"/> and <see cref="Hash256"/>.
/// </summary>
public abstract class RpcClient : IAsyncDisposable
{
    private long _nextId;

    /// <summary>Calls <paramref name="method"/>; the result, or throws the error.</summary>
    /// <exception cref="RpcException">The server answered an error.</exception>
    public async Task<JsonElement> CallAsync(string method, params object?[] parameters)
    {
        var responses = await SendAsync([new RpcRequest(method, parameters)], batch: false, CancellationToken.None).ConfigureAwait(false);
        return responses[0].GetResult();
    }

    /// <summary>Sends the calls as one batch; the responses in the order of <paramref name="requests"/>.</summary>
    public Task<IReadOnlyList<RpcResponse>> BatchAsync(IReadOnlyList<RpcRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return SendAsync(requests, batch: true, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the transport.</summary>
    protected abstract ValueTask DisposeAsyncCore();

    /// <summary>Sends the serialized <paramref name="body"/> carrying calls with <paramref name="ids"/>; the responses by id.</summary>
    protected abstract Task<IReadOnlyDictionary<long, RpcResponse>> TransmitAsync(ReadOnlyMemory<byte> body, IReadOnlyList<long> ids, CancellationToken cancellationToken);

    /// <summary>Reads one response object (<c>{"id", "result"|"error"}</c>) into its id and content (results are cloned).</summary>
    protected static (long Id, RpcResponse Response) ReadResponse(JsonElement message)
    {
        long id = message.TryGetProperty("id"u8, out var idElement) && idElement.ValueKind == JsonValueKind.Number ? idElement.GetInt64() : -1;
        if (message.TryGetProperty("error"u8, out var error) && error.ValueKind == JsonValueKind.Object)
        {
            int code = error.TryGetProperty("code"u8, out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0;
            string text = error.TryGetProperty("message"u8, out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty;
            JsonElement? data = error.TryGetProperty("data"u8, out var d) ? d.Clone() : null;
            return (id, new RpcResponse(default, new RpcException(code, text, data)));
        }

        var result = message.TryGetProperty("result"u8, out var r) ? r.Clone() : default;
        return (id, new RpcResponse(result, null));
    }

    private async Task<IReadOnlyList<RpcResponse>> SendAsync(IReadOnlyList<RpcRequest> requests, bool batch, CancellationToken cancellationToken)
    {
        var ids = new long[requests.Count];
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (batch)
            {
                writer.WriteStartArray();
            }

            for (int i = 0; i < requests.Count; i++)
            {
                ids[i] = Interlocked.Increment(ref _nextId);
                WriteRequest(writer, ids[i], requests[i]);
            }

            if (batch)
            {
                writer.WriteEndArray();
            }
        }

        var byId = await TransmitAsync(buffer.WrittenMemory, ids, cancellationToken).ConfigureAwait(false);
        var responses = new RpcResponse[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            responses[i] = byId.TryGetValue(ids[i], out var response)
                ? response
                : byId.TryGetValue(-1, out var anonymous) ? anonymous : new RpcResponse(default, new RpcException(0, "no response for the call"));
        }

        return responses;
    }

    private static void WriteRequest(Utf8JsonWriter writer, long id, RpcRequest request)
    {
        writer.WriteStartObject();
        writer.WriteString("jsonrpc"u8, "2.0"u8);
        writer.WriteNumber("id"u8, id);
        writer.WriteString("method"u8, request.Method);
        writer.WriteStartArray("params"u8);
        foreach (var parameter in request.Parameters)
        {
            WriteValue(writer, parameter);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case byte[] bytes:
                writer.WriteStringValue(Hex.Encode(bytes));
                break;
            case UInt256 quantity:
                writer.WriteStringValue(quantity.ToHexString());
                break;
            case Address address:
                writer.WriteStringValue(address.ToString());
                break;
            case Hash256 hash:
                writer.WriteStringValue(hash.ToString());
                break;
            default:
                throw new ArgumentException($"Unsupported parameter type {value.GetType().Name}; pass a JsonElement.", nameof(value));
        }
    }
}
