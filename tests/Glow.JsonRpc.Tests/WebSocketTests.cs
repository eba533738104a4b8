using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Glow.JsonRpc.Client;
using Glow.JsonRpc.Server;

namespace Glow.JsonRpc.Tests;

/// <summary>Requests and subscriptions over WebSocket, on the same port and path as HTTP.</summary>
public sealed class WebSocketTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private TestServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync(new RpcServerOptions
    {
        MaxSubscriptionsPerConnection = 3,
        MaxRequestSize = 64 * 1024,
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static async Task<JsonElement> NextAsync(RpcClientSubscription subscription) =>
        await subscription.Notifications.ReadAsync().AsTask().WaitAsync(Timeout);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task Answers_requests_and_overlapping_calls()
    {
        await using var client = await _server.WebSocketAsync();
        Assert.Equal("1337", (await client.CallAsync("net_version")).GetString());
        Assert.Equal("WebSocket", (await client.CallAsync("test_transport")).GetString());
        var calls = Enumerable.Range(0, 20).Select(i => client.CallAsync("test_async", $"0x{i:x}")).ToArray();
        var results = await Task.WhenAll(calls).WaitAsync(Timeout);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"0x{i:x}"), results.Select(r => r.GetString()));
        var batch = await client.BatchAsync([new RpcRequest("net_version"), new RpcRequest("test_uint64", "0x01")]);
        Assert.Equal("1337", batch[0].GetResult().GetString());
        Assert.Equal("invalid argument 0: hex number with leading zero digits", batch[1].Error?.RpcMessage);
    }

    [Fact]
    public async Task A_slow_call_does_not_hold_up_the_next_one_on_the_same_connection()
    {
        await using var client = await _server.WebSocketAsync();
        var slow = client.CallAsync("test_wait");
        Assert.Equal("1337", (await client.CallAsync("net_version").WaitAsync(Timeout)).GetString());
        Assert.False(slow.IsCompleted);
        _server.Methods.Release.SetResult();
        Assert.Equal("released", (await slow.WaitAsync(Timeout)).GetString());
    }

    [Fact]
    public async Task Errors_over_websocket_keep_the_connection_open()
    {
        await using var client = await _server.WebSocketAsync();
        var e = await Assert.ThrowsAsync<RpcException>(() => client.CallAsync("test_throw"));
        Assert.Equal(-32603, e.Code);
        var missing = await Assert.ThrowsAsync<RpcException>(() => client.CallAsync("eth_nothing"));
        Assert.Equal("the method eth_nothing does not exist/is not available", missing.RpcMessage);
        Assert.Equal("1337", (await client.CallAsync("net_version")).GetString());
    }

    [Fact]
    public async Task Subscription_delivers_notifications_in_order_with_a_geth_style_id()
    {
        await using var client = await _server.WebSocketAsync();
        var subscription = await client.SubscribeAsync("test_subscribe");
        Assert.Matches("^0x[0-9a-f]{32}$", subscription.Id);
        var server = Assert.Single(_server.Methods.Subscriptions);
        Assert.Equal(subscription.Id, server.Id);
        for (ulong i = 0; i < 100; i++)
        {
            Assert.True(server.Notify(RpcResult.Quantity(i)));
        }

        for (ulong i = 0; i < 100; i++)
        {
            Assert.Equal($"0x{i:x}", (await NextAsync(subscription)).GetString());
        }
    }

    [Fact]
    public async Task Notifications_made_during_subscribe_follow_its_response()
    {
        await using var client = await _server.WebSocketAsync();
        var subscription = await client.SubscribeAsync("test_subscribeAndNotify", "0x3");
        Assert.Equal("0x0", (await NextAsync(subscription)).GetString());
        Assert.Equal("0x1", (await NextAsync(subscription)).GetString());
        Assert.Equal("0x2", (await NextAsync(subscription)).GetString());
    }

    [Fact]
    public async Task Notification_message_has_the_eth_subscription_shape()
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(_server.Server.WebSocketUri, CancellationToken.None);
        await socket.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"test_subscribe"}"""u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        var response = TestMethods.Parse(await ReceiveTextAsync(socket));
        string id = response.GetProperty("result").GetString()!;
        Assert.Single(_server.Methods.Subscriptions).Notify(RpcResult.Bool(true));
        string notification = await ReceiveTextAsync(socket);
        Assert.Equal($$$"""{"jsonrpc":"2.0","method":"eth_subscription","params":{"subscription":"{{{id}}}","result":true}}""", notification);
    }

    [Fact]
    public async Task Unsubscribe_ends_the_subscription_once()
    {
        await using var client = await _server.WebSocketAsync();
        var subscription = await client.SubscribeAsync("test_subscribe");
        var server = Assert.Single(_server.Methods.Subscriptions);
        Assert.True((await client.CallAsync("test_unsubscribe", subscription.Id)).GetBoolean());
        Assert.False((await client.CallAsync("test_unsubscribe", subscription.Id)).GetBoolean());
        Assert.True(server.IsClosed);
        Assert.True(server.Closed.IsCancellationRequested);
        Assert.False(server.Notify(RpcResult.Null));
        Assert.Equal(0, server.Connection.SubscriptionCount);
    }

    [Fact]
    public async Task Subscriptions_of_another_connection_cannot_be_cancelled()
    {
        await using var owner = await _server.WebSocketAsync();
        await using var other = await _server.WebSocketAsync();
        var subscription = await owner.SubscribeAsync("test_subscribe");
        Assert.False((await other.CallAsync("test_unsubscribe", subscription.Id)).GetBoolean());
        Assert.False(Assert.Single(_server.Methods.Subscriptions).IsClosed);
    }

    [Fact]
    public async Task Per_connection_subscription_limit_gives_a_clear_error()
    {
        await using var client = await _server.WebSocketAsync();
        for (int i = 0; i < 3; i++)
        {
            await client.SubscribeAsync("test_subscribe");
        }

        var e = await Assert.ThrowsAsync<RpcException>(() => client.SubscribeAsync("test_subscribe"));
        Assert.Equal(-32000, e.Code);
        Assert.Equal("too many subscriptions on this connection (limit 3)", e.RpcMessage);
        await using var second = await _server.WebSocketAsync();
        await second.SubscribeAsync("test_subscribe");
    }

    [Fact]
    public async Task Disconnect_ends_every_subscription_of_the_connection()
    {
        var client = await _server.WebSocketAsync();
        await client.SubscribeAsync("test_subscribe");
        await client.SubscribeAsync("test_subscribe");
        await client.DisposeAsync();
        await WaitUntilAsync(() => _server.Methods.Subscriptions.All(s => s.IsClosed));
        Assert.All(_server.Methods.Subscriptions, s => Assert.False(s.Notify(RpcResult.Null)));
    }

    [Fact]
    public async Task Slow_consumer_is_disconnected_without_blocking_the_producer()
    {
        await using var server = await TestServer.StartAsync(new RpcServerOptions { WebSocketSendQueueLimit = 16 });
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(server.Server.WebSocketUri, CancellationToken.None);
        await socket.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"test_subscribe"}"""u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        await ReceiveTextAsync(socket);
        var subscription = Assert.Single(server.Methods.Subscriptions);

        // The client stops reading; 64 KiB notifications fill the socket buffers, then the queue of 16.
        var payload = RpcResult.Data(new byte[64 * 1024]);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int sent = 0;
        while (subscription.Notify(payload))
        {
            sent++;
            Assert.True(watch.Elapsed < Timeout, "the queue never overflowed");
            if (sent % 16 == 0)
            {
                await Task.Delay(1);
            }
        }

        Assert.True(subscription.IsClosed);
        Assert.NotNull(subscription.Connection.CloseReason);
        Assert.Contains("slowly", subscription.Connection.CloseReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbage_message_gets_a_parse_error_and_the_connection_goes_on()
    {
        await using var client = await _server.WebSocketAsync();
        await using var neighbour = await _server.WebSocketAsync();
        var pending = client.CallAsync("net_version");
        await client.SendRawAsync(Encoding.UTF8.GetBytes("{{{ garbage"));
        Assert.Equal("1337", (await pending).GetString());
        Assert.Equal("1337", (await client.CallAsync("net_version")).GetString());
        Assert.Equal("1337", (await neighbour.CallAsync("net_version")).GetString());
    }

    [Fact]
    public async Task Oversized_message_closes_the_connection_with_message_too_big()
    {
        var client = await _server.WebSocketAsync();
        await using (client)
        {
            await client.SendRawAsync(Encoding.UTF8.GetBytes($$"""{"jsonrpc":"2.0","id":1,"method":"test_echo","params":["{{new string('a', 70_000)}}"]}"""));
            await client.Completion.WaitAsync(Timeout);
            Assert.Equal(WebSocketCloseStatus.MessageTooBig, client.CloseStatus);
        }

        await using var next = await _server.WebSocketAsync();
        Assert.Equal("1337", (await next.CallAsync("net_version")).GetString());
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("http://localhost:3000", true)]
    [InlineData("http://127.0.0.1:5173", true)]
    [InlineData("https://evil.example", false)]
    public async Task Websocket_upgrades_from_foreign_pages_are_refused(string? origin, bool accepted)
    {
        using var socket = new ClientWebSocket();
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        if (accepted)
        {
            await socket.ConnectAsync(_server.Server.WebSocketUri, CancellationToken.None);
            Assert.Equal(WebSocketState.Open, socket.State);
        }
        else
        {
            await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(_server.Server.WebSocketUri, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Stopping_the_server_ends_subscriptions()
    {
        var server = await TestServer.StartAsync();
        await using var client = await server.WebSocketAsync();
        await client.SubscribeAsync("test_subscribe");
        await server.DisposeAsync().AsTask().WaitAsync(Timeout);
        Assert.True(Assert.Single(server.Methods.Subscriptions).IsClosed);
    }

    private static async Task<string> ReceiveTextAsync(ClientWebSocket socket)
    {
        var buffer = new byte[256 * 1024];
        int count = 0;
        using var timeout = new CancellationTokenSource(Timeout);
        ValueWebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer.AsMemory(count), timeout.Token);
            count += received.Count;
        }
        while (!received.EndOfMessage);
        return Encoding.UTF8.GetString(buffer, 0, count);
    }
}
