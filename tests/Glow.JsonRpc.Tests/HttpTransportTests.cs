using System.Net;
using System.Text;
using System.Text.Json;
using Glow.JsonRpc.Server;

namespace Glow.JsonRpc.Tests;

/// <summary>Limits, CORS, the host allow-list and the HTTP surface around the envelope.</summary>
public sealed class HttpTransportTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync(new RpcServerOptions
    {
        MaxRequestSize = 4096,
        BatchRequestLimit = 5,
        BatchResponseMaxSize = 3000,
        CorsOrigins = ["http://app.example"],
        AllowedHosts = ["localhost", "node.example"],
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static string Call(int id, string method, string parameters = "[]") =>
        $$"""{"jsonrpc":"2.0","id":{{id}},"method":"{{method}}","params":{{parameters}}}""";

    [Fact]
    public async Task Oversized_body_is_a_32600_error_with_http_200()
    {
        string body = Call(1, "test_echo", $"[\"{new string('a', 5000)}\"]");
        var (status, text, _) = await _server.PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, status);
        var error = TestMethods.Parse(text).GetProperty("error");
        Assert.Equal(-32600, error.GetProperty("code").GetInt32());
        Assert.Equal("request too large", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Oversized_chunked_body_without_length_is_refused_too()
    {
        string body = Call(1, "test_echo", $"[\"{new string('a', 5000)}\"]");
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await _server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("request too large", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_just_under_the_limit_is_answered()
    {
        string body = Call(1, "test_echo", $"[\"{new string('a', 3900)}\"]");
        var (_, text, _) = await _server.PostAsync(body);
        Assert.Equal(3900, TestMethods.Parse(text).GetProperty("result").GetString()!.Length);
    }

    [Fact]
    public async Task Batch_over_the_limit_is_one_error_with_the_first_call_id()
    {
        string batch = "[" + string.Join(",", Enumerable.Range(10, 6).Select(i => Call(i, "net_version"))) + "]";
        var (status, text, _) = await _server.PostAsync(batch);
        Assert.Equal(HttpStatusCode.OK, status);
        var items = TestMethods.Parse(text).EnumerateArray().ToArray();
        var only = Assert.Single(items);
        Assert.Equal(10, only.GetProperty("id").GetInt32());
        Assert.Equal(-32600, only.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("batch too large", only.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Batch_at_the_limit_is_answered()
    {
        string batch = "[" + string.Join(",", Enumerable.Range(1, 5).Select(i => Call(i, "net_version"))) + "]";
        var (_, text, _) = await _server.PostAsync(batch);
        Assert.Equal(5, TestMethods.Parse(text).GetArrayLength());
    }

    [Fact]
    public async Task Batch_response_past_the_size_limit_refuses_the_remaining_calls()
    {
        // Each test_bytes(0x400) result is 2,050 characters; the limit is 3,000 bytes.
        string batch = "[" + string.Join(",", Enumerable.Range(1, 4).Select(i => Call(i, "test_bytes", "[\"0x400\"]"))) + "]";
        var (_, text, _) = await _server.PostAsync(batch);
        var items = TestMethods.Parse(text).EnumerateArray().ToArray();
        Assert.Equal(4, items.Length);
        Assert.True(items[0].TryGetProperty("result", out _));
        Assert.True(items[1].TryGetProperty("result", out _));
        for (int i = 2; i < 4; i++)
        {
            Assert.Equal(i + 1, items[i].GetProperty("id").GetInt32());
            Assert.Equal(-32003, items[i].GetProperty("error").GetProperty("code").GetInt32());
            Assert.Equal("response too large", items[i].GetProperty("error").GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task Allowed_origin_gets_cors_headers()
    {
        var (_, _, response) = await _server.PostAsync(Call(1, "net_version"), r => r.Headers.Add("Origin", "http://app.example"));
        Assert.Equal("http://app.example", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Other_origins_get_no_cors_headers_but_still_an_answer()
    {
        var (status, text, response) = await _server.PostAsync(Call(1, "net_version"), r => r.Headers.Add("Origin", "http://evil.example"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("1337", TestMethods.Parse(text).GetProperty("result").GetString());
    }

    [Fact]
    public async Task Preflight_is_answered_with_the_allowed_methods_and_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/");
        request.Headers.Add("Origin", "http://app.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var response = await _server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("http://app.example", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Equal("content-type", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Headers")));
    }

    [Fact]
    public async Task Wildcard_origin_allows_any_page()
    {
        await using var server = await TestServer.StartAsync(new RpcServerOptions { CorsOrigins = ["*"] });
        var (_, _, response) = await server.PostAsync(Call(1, "net_version"), r => r.Headers.Add("Origin", "http://anything.example"));
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:8545")]
    [InlineData("127.0.0.1:8545")]
    [InlineData("node.example")]
    [InlineData("[::1]:8545")]
    public async Task Allowed_hosts_and_ip_addresses_are_served(string host)
    {
        var (status, _, _) = await _server.PostAsync(Call(1, "net_version"), r => r.Headers.Host = host);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("localhost.evil.example")]
    public async Task Other_hosts_are_forbidden_against_dns_rebinding(string host)
    {
        var (status, text, _) = await _server.PostAsync(Call(1, "net_version"), r => r.Headers.Host = host);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("invalid host specified", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wildcard_host_allows_any_name()
    {
        await using var server = await TestServer.StartAsync(new RpcServerOptions { AllowedHosts = ["*"] });
        var (status, _, _) = await server.PostAsync(Call(1, "net_version"), r => r.Headers.Host = "evil.example");
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Get_without_upgrade_is_405_and_other_paths_are_404()
    {
        using var get = await _server.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        using var other = await _server.Http.PostAsync("/other", new StringContent(Call(1, "net_version")));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Requests_without_content_type_are_answered()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Call(1, "net_version")));
        using var response = await _server.Http.PostAsync("/", content);
        Assert.Equal("1337", TestMethods.Parse(await response.Content.ReadAsStringAsync()).GetProperty("result").GetString());
    }

    [Fact]
    public async Task Server_reports_the_port_it_bound()
    {
        Assert.NotEqual(0, _server.Server.Port);
        Assert.Equal(_server.Server.Port, _server.Server.HttpUri.Port);
        Assert.Equal("ws", _server.Server.WebSocketUri.Scheme);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Garbage_from_one_client_does_not_disturb_another()
    {
        using var garbage = new HttpClient { BaseAddress = _server.Server.HttpUri };
        var noise = Task.Run(async () =>
        {
            var random = new Random(7);
            for (int i = 0; i < 50; i++)
            {
                var bytes = new byte[random.Next(1, 3000)];
                random.NextBytes(bytes);
                using var response = await garbage.PostAsync("/", new ByteArrayContent(bytes));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        });
        await using var client = _server.HttpClient();
        for (int i = 0; i < 50; i++)
        {
            Assert.Equal(JsonValueKind.String, (await client.CallAsync("net_version")).ValueKind);
        }

        await noise;
    }
}
