using System.Net.Http.Headers;
using System.Text.Json;

namespace Glow.JsonRpc.Client;

/// <summary>A JSON-RPC client over HTTP POST (keep-alive connections through <see cref="HttpClient"/>).</summary>
public sealed class HttpRpcClient : RpcClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Uri _uri;

    /// <summary>A client of <paramref name="uri"/>, with its own <see cref="HttpClient"/> unless <paramref name="http"/> is given.</summary>
    public HttpRpcClient(Uri uri, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(uri);
        _uri = uri;
        _ownsHttp = http is null;
        _http = http ?? new HttpClient();
    }

    /// <inheritdoc />
    protected override ValueTask DisposeAsyncCore()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<long, RpcResponse>> TransmitAsync(ReadOnlyMemory<byte> body, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        using var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = Json;
        using var response = await _http.PostAsync(_uri, content, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new RpcException((int)response.StatusCode, $"HTTP {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        }

        using var document = JsonDocument.Parse(bytes);
        var responses = new Dictionary<long, RpcResponse>();
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in root.EnumerateArray())
            {
                var (id, value) = ReadResponse(item);
                responses[id] = value;
            }
        }
        else
        {
            var (id, value) = ReadResponse(root);
            responses[id] = value;
        }

        return responses;
    }
}
