using System.Net;
using System.Text.Json;
using Glow.JsonRpc.Client;

namespace Glow.JsonRpc.Tests;

/// <summary>The JSON-RPC 2.0 envelope over HTTP: every error is a JSON-RPC error with HTTP 200 (rpc.md, rule 4).</summary>
public sealed class HttpEnvelopeTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<JsonElement> PostJsonAsync(string body)
    {
        var (status, text, response) = await _server.PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return TestMethods.Parse(text);
    }

    private static void AssertError(JsonElement response, int code, string message, string? id = "null")
    {
        Assert.Equal("2.0", response.GetProperty("jsonrpc").GetString());
        Assert.Equal(id, response.GetProperty("id").GetRawText());
        Assert.False(response.TryGetProperty("result", out _));
        Assert.Equal(code, response.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(message, response.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Answers_a_call_with_its_id_and_result()
    {
        var response = await PostJsonAsync("""{"jsonrpc":"2.0","id":7,"method":"net_version","params":[]}""");
        Assert.Equal("""{"jsonrpc":"2.0","id":7,"result":"1337"}""", response.GetRawText());
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("null")]
    [InlineData("1.5")]
    public async Task Echoes_string_null_and_fractional_ids(string id)
    {
        var response = await PostJsonAsync($$"""{"jsonrpc":"2.0","id":{{id}},"method":"net_listening"}""");
        Assert.Equal(id, response.GetProperty("id").GetRawText());
        Assert.True(response.GetProperty("result").GetBoolean());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"net_version\"} trailing")]
    [InlineData("")]
    public async Task Malformed_json_is_a_parse_error_with_http_200(string body) =>
        AssertError(await PostJsonAsync(body), -32700, "parse error");

    [Theory]
    [InlineData("""{"jsonrpc":"1.0","id":1,"method":"net_version"}""", "1")]
    [InlineData("""{"id":1,"method":"net_version"}""", "1")]
    [InlineData("""{"jsonrpc":"2.0","id":1}""", "1")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":5}""", "1")]
    [InlineData("""{"jsonrpc":"2.0","id":{},"method":"net_version"}""", "null")]
    [InlineData("42", "null")]
    public async Task Invalid_requests_are_answered_with_32600(string body, string id) =>
        AssertError(await PostJsonAsync(body), -32600, "invalid request", id);

    [Fact]
    public async Task Unknown_method_uses_geths_wording() =>
        AssertError(await PostJsonAsync("""{"jsonrpc":"2.0","id":2,"method":"eth_nothing","params":[]}"""),
            -32601, "the method eth_nothing does not exist/is not available", "2");

    [Fact]
    public async Task Object_params_are_invalid_params() =>
        AssertError(await PostJsonAsync("""{"jsonrpc":"2.0","id":2,"method":"net_version","params":{"a":1}}"""), -32602, "non-array args", "2");

    [Fact]
    public async Task Missing_params_are_an_empty_list() =>
        Assert.Equal("1337", (await PostJsonAsync("""{"jsonrpc":"2.0","id":1,"method":"net_version"}""")).GetProperty("result").GetString());

    [Theory]
    [InlineData("""["1"]""", "invalid argument 0: hex string without 0x prefix")]
    [InlineData("""["0x01"]""", "invalid argument 0: hex number with leading zero digits")]
    [InlineData("""[]""", "missing value for required argument 0")]
    [InlineData("""["0x1", "0x2"]""", "too many arguments, want at most 1")]
    public async Task Invalid_params_use_geths_wording(string parameters, string message) =>
        AssertError(await PostJsonAsync($$"""{"jsonrpc":"2.0","id":3,"method":"test_uint64","params":{{parameters}}}"""), -32602, message, "3");

    [Fact]
    public async Task Second_argument_errors_name_their_index() =>
        AssertError(await PostJsonAsync("""{"jsonrpc":"2.0","id":3,"method":"test_twoArgs","params":["0x0000000000000000000000000000000000000001"]}"""),
            -32602, "missing value for required argument 1", "3");

    [Theory]
    [InlineData("test_throw")]
    [InlineData("test_throwAsync")]
    [InlineData("test_writerThrows")]
    public async Task A_crashing_handler_gives_32603_without_details_and_the_next_call_works(string method)
    {
        var response = await PostJsonAsync($$"""{"jsonrpc":"2.0","id":4,"method":"{{method}}"}""");
        AssertError(response, -32603, "method handler crashed", "4");
        Assert.DoesNotContain("secret", response.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("0x5", (await PostJsonAsync("""{"jsonrpc":"2.0","id":5,"method":"test_uint64","params":["0x5"]}""")).GetProperty("result").GetString());
    }

    [Fact]
    public async Task Revert_errors_carry_code_3_and_the_revert_data()
    {
        var error = (await PostJsonAsync("""{"jsonrpc":"2.0","id":1,"method":"test_revert"}""")).GetProperty("error");
        Assert.Equal(3, error.GetProperty("code").GetInt32());
        Assert.Equal("execution reverted: nope", error.GetProperty("message").GetString());
        Assert.Equal("0xdead", error.GetProperty("data").GetString());
    }

    [Fact]
    public async Task A_notification_gets_no_response()
    {
        var (status, body, _) = await _server.PostAsync("""{"jsonrpc":"2.0","method":"net_version"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(string.Empty, body);
    }

    [Fact]
    public async Task Empty_batch_is_one_invalid_request_error() =>
        AssertError(await PostJsonAsync("[]"), -32600, "empty batch");

    [Fact]
    public async Task Mixed_batch_answers_each_call_in_order_and_skips_notifications()
    {
        var response = await PostJsonAsync("""
            [
              {"jsonrpc":"2.0","id":1,"method":"test_uint64","params":["0xa"]},
              {"jsonrpc":"2.0","method":"net_version"},
              {"jsonrpc":"2.0","id":2,"method":"nope_nope"},
              5,
              {"jsonrpc":"2.0","id":3,"method":"test_uint64","params":["10"]},
              {"jsonrpc":"2.0","id":4,"method":"test_throw"},
              {"jsonrpc":"2.0","id":5,"method":"test_async","params":["0x1"]}
            ]
            """);
        var items = response.EnumerateArray().ToArray();
        Assert.Equal(6, items.Length);
        Assert.Equal("0xa", items[0].GetProperty("result").GetString());
        AssertError(items[1], -32601, "the method nope_nope does not exist/is not available", "2");
        AssertError(items[2], -32600, "invalid request");
        AssertError(items[3], -32602, "invalid argument 0: hex string without 0x prefix", "3");
        AssertError(items[4], -32603, "method handler crashed", "4");
        Assert.Equal("0x1", items[5].GetProperty("result").GetString());
    }

    [Fact]
    public async Task Batch_of_notifications_only_gets_no_response()
    {
        var (status, body, _) = await _server.PostAsync("""[{"jsonrpc":"2.0","method":"net_version"},{"jsonrpc":"2.0","method":"net_listening"}]""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(string.Empty, body);
    }

    [Fact]
    public async Task Subscribing_over_http_says_notifications_not_supported() =>
        AssertError(await PostJsonAsync("""{"jsonrpc":"2.0","id":1,"method":"test_subscribe"}"""), -32601, "notifications not supported", "1");

    [Theory]
    [InlineData("test_uint256", "0x0", "0x0")]
    [InlineData("test_uint256", "0xABCDEF", "0xabcdef")]
    [InlineData("test_uint64", "0x10", "0x10")]
    [InlineData("test_data", "0x00AB", "0x00ab")]
    [InlineData("test_data", "0x", "0x")]
    [InlineData("test_address", "0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")]
    public async Task Results_on_the_wire_follow_the_encoding_rules(string method, string argument, string expected)
    {
        var response = await PostJsonAsync($$"""{"jsonrpc":"2.0","id":1,"method":"{{method}}","params":["{{argument}}"]}""");
        Assert.Equal(expected, response.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Typed_client_returns_results_and_throws_errors()
    {
        await using var client = _server.HttpClient();
        Assert.Equal("0x539", (await client.CallAsync("test_uint64", "0x539")).GetString());
        var e = await Assert.ThrowsAsync<RpcException>(() => client.CallAsync("test_revert"));
        Assert.Equal(3, e.Code);
        Assert.Equal("0xdead", e.Data?.GetString());
        var batch = await client.BatchAsync([new RpcRequest("net_version"), new RpcRequest("test_bool", "x")]);
        Assert.Equal("1337", batch[0].GetResult().GetString());
        Assert.Equal(-32602, batch[1].Error?.Code);
        Assert.Equal("Http", (await client.CallAsync("test_transport")).GetString());
    }
}
