using System.Net;
using System.Text;
using Glow.JsonRpc.Client;
using Glow.JsonRpc.Server;

namespace Glow.JsonRpc.Tests;

/// <summary>A real server on an ephemeral loopback port with <see cref="TestMethods"/>, and a raw HTTP client.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private TestServer(RpcServer server, TestMethods methods)
    {
        Server = server;
        Methods = methods;
        Http = new HttpClient { BaseAddress = server.HttpUri };
    }

    public RpcServer Server { get; }

    public TestMethods Methods { get; }

    public HttpClient Http { get; }

    public static async Task<TestServer> StartAsync(RpcServerOptions? options = null)
    {
        var methods = new TestMethods();
        var server = new RpcServer((options ?? new RpcServerOptions()) with { Port = 0 }, methods.CreateRegistry());
        await server.StartAsync();
        return new TestServer(server, methods);
    }

    public HttpRpcClient HttpClient() => new(Server.HttpUri);

    public Task<WebSocketRpcClient> WebSocketAsync() => WebSocketRpcClient.ConnectAsync(Server.WebSocketUri);

    /// <summary>POSTs <paramref name="body"/> to <c>/</c> and returns the status and body.</summary>
    public async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> PostAsync(string body, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        configure?.Invoke(request);
        var response = await Http.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text, response);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
