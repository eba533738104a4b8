using System.Text;
using System.Text.Json;
using Glow.JsonRpc.Server;

namespace Glow.JsonRpc.Tests;

/// <summary>
/// Every method a dev node serves, fed malformed and extreme parameters over HTTP (rpc.md rules 4 and 6, and "bad input
/// never crashes the node"): each request gets a JSON-RPC answer, none an internal error (-32603, which means a handler
/// threw something it should have turned into a clear error), and the node keeps serving afterwards.
/// </summary>
public sealed class MalformedParamsTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] ParamVariants =
    [
        "", "\"params\":[]", "\"params\":[null]", "\"params\":[null,null,null,null]", "\"params\":[\"0x\"]", "\"params\":[\"zz\"]",
        "\"params\":[1]", "\"params\":[-1]", "\"params\":[1.5]", "\"params\":[1e400]", "\"params\":[{}]", "\"params\":[[]]",
        "\"params\":[true]", "\"params\":[\"latest\"]", "\"params\":[\"pending\",\"pending\"]",
        "\"params\":[\"0x" + new string('f', 64) + "\"]", "\"params\":[\"0x" + new string('f', 65) + "\"]",
        "\"params\":[\"0xffffffffffffffff\"]", "\"params\":[\"0x10000000000000000\"]", "\"params\":[\"18446744073709551616\"]",
        "\"params\":[{\"to\":\"0x1\"}]", "\"params\":[{\"from\":\"zz\",\"gas\":\"0xffffffffffffffffffff\"}]",
        "\"params\":[\"0x0000000000000000000000000000000000000000\",\"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\",\"0x0\"]",
        "\"params\":[{\"fromBlock\":\"0x10\",\"toBlock\":\"0x1\",\"address\":[1],\"topics\":[[null,\"x\"]]}]",
        "\"params\":[\"0x1\",true,{\"tracer\":\"nope\"}]", "\"params\":[{\"blockHash\":\"0x01\"}]", "\"params\":{\"a\":1}", "\"params\":\"text\"",
        "\"params\":[\"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\",\"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\"]",
        "\"params\":[\"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\",\"0x" + new string('6', 40000) + "\"]",
    ];

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private DevNodeServer _node = null!;
    private RpcServer _server = null!;

    public async Task InitializeAsync()
    {
        _node = await DevNodeServer.StartAsync();
        _server = _node.Server;
    }

    public async Task DisposeAsync() => await _node.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Over_websocket_no_malformed_parameter_fails_internally_or_drops_the_connection()
    {
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        await socket.ConnectAsync(_server.WebSocketUri, CancellationToken.None);
        var internalErrors = new List<string>();
        var buffer = new byte[1 << 20];
        var id = 0;
        foreach (var method in _server.Registry.Names)
        {
            foreach (var parameters in ParamVariants)
            {
                id++;
                var body = $"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"{method}\"{(parameters.Length == 0 ? "" : "," + parameters)}}}";
                await socket.SendAsync(Encoding.UTF8.GetBytes(body), System.Net.WebSockets.WebSocketMessageType.Text, true, CancellationToken.None);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                while (true)
                {
                    // Read whole messages until the answer to this request (subscription notifications may come between).
                    var length = 0;
                    System.Net.WebSockets.ValueWebSocketReceiveResult received;
                    do
                    {
                        received = await socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
                        length += received.Count;
                    }
                    while (!received.EndOfMessage);

                    Assert.NotEqual(System.Net.WebSockets.WebSocketMessageType.Close, received.MessageType);
                    using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
                    var root = document.RootElement;
                    if (!root.TryGetProperty("id", out var answered) || answered.GetInt32() != id)
                    {
                        continue;
                    }

                    if (root.TryGetProperty("error", out var error) && error.GetProperty("code").GetInt32() == RpcErrorCodes.InternalError)
                    {
                        internalErrors.Add($"{method} {parameters[..Math.Min(parameters.Length, 90)]}: {error.GetProperty("message").GetString()}");
                    }

                    break;
                }
            }
        }

        Assert.True(internalErrors.Count == 0, string.Join("\n", internalErrors));
        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task No_malformed_parameter_makes_any_method_fail_internally()
    {
        var internalErrors = new List<string>();
        var methods = _server.Registry.Names.ToList();
        Assert.True(methods.Count > 60, $"only {methods.Count} methods registered");
        foreach (var method in methods)
        {
            foreach (var parameters in ParamVariants)
            {
                var body = $"{{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"{method}\"{(parameters.Length == 0 ? "" : "," + parameters)}}}";
                HttpResponseMessage response;
                try
                {
                    response = await _http.PostAsync(_server.HttpUri, new StringContent(body, Encoding.UTF8, "application/json"));
                }
                catch (TaskCanceledException)
                {
                    Assert.Fail($"no answer within {_http.Timeout.TotalSeconds} s to {body[..Math.Min(body.Length, 200)]}");
                    throw;
                }

                using var disposeResponse = response;
                Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
                using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var root = document.RootElement;
                Assert.Equal(7, root.GetProperty("id").GetInt32());
                if (root.TryGetProperty("error", out var error) && error.GetProperty("code").GetInt32() == RpcErrorCodes.InternalError)
                {
                    internalErrors.Add($"{method} {parameters[..Math.Min(parameters.Length, 90)]}: {error.GetProperty("message").GetString()}");
                }
            }
        }

        Assert.True(internalErrors.Count == 0, string.Join("\n", internalErrors));
        using var check = await _http.PostAsync(_server.HttpUri, new StringContent("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"}", Encoding.UTF8, "application/json"));
        Assert.Contains("\"0x539\"", await check.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
