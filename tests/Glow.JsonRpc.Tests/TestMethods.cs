using System.Collections.Concurrent;
using System.Text.Json;
using Glow.JsonRpc.Modules;

namespace Glow.JsonRpc.Tests;

/// <summary>The methods the server tests call: the real web3/net/rpc namespaces plus probes of each reader and path.</summary>
public sealed class TestMethods
{
    public const ulong ChainId = 1337;

    /// <summary>Every subscription opened through <c>test_subscribe</c>, in order.</summary>
    public ConcurrentQueue<RpcSubscription> Subscriptions { get; } = new();

    /// <summary>Completes every pending <c>test_wait</c> call.</summary>
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RpcMethodRegistry CreateRegistry()
    {
        var registry = new RpcMethodRegistry();
        Web3Module.Register(registry);
        NetModule.Register(registry, new StaticNetworkInfo(ChainId, PeerCount: 3));
        RpcModule.Register(registry);
        registry.Add("test_echo", (p, _) =>
        {
            string json = p.IsMissing(0) ? "null" : p.Raw(0).GetRawText();
            return ValueTask.FromResult(RpcResult.RawJson(System.Text.Encoding.UTF8.GetBytes(json)));
        });
        registry.Add("test_uint64", (p, _) => ValueTask.FromResult(RpcResult.Quantity(p.QuantityUInt64(0))), maxParameters: 1);
        registry.Add("test_uint256", (p, _) => ValueTask.FromResult(RpcResult.Quantity(p.Quantity(0))), maxParameters: 1);
        registry.Add("test_data", (p, _) => ValueTask.FromResult(RpcResult.Data(p.Data(0))), maxParameters: 1);
        registry.Add("test_address", (p, _) => ValueTask.FromResult(RpcResult.Address(p.Address(0))), maxParameters: 1);
        registry.Add("test_hash", (p, _) => ValueTask.FromResult(RpcResult.Hash(p.Hash(0))), maxParameters: 1);
        registry.Add("test_bool", (p, _) => ValueTask.FromResult(RpcResult.Bool(p.Bool(0))), maxParameters: 1);
        registry.Add("test_block", (p, _) => ValueTask.FromResult(RpcResult.String(p.BlockTag(0).ToString())), maxParameters: 1);
        registry.Add("test_twoArgs", (p, _) =>
        {
            var address = p.Address(0);
            var block = p.BlockTag(1);
            return ValueTask.FromResult(RpcResult.String($"{address}@{block}"));
        }, maxParameters: 2);
        registry.Add("test_throw", (_, _) => throw new InvalidOperationException("secret internal detail"));
        registry.Add("test_throwAsync", async (_, _) =>
        {
            await Task.Yield();
            throw new InvalidOperationException("secret internal detail");
        });
        registry.Add("test_writerThrows", (_, _) => ValueTask.FromResult(RpcResult.Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("partial", "yes");
            throw new InvalidOperationException("writer failed");
        })));
        registry.Add("test_revert", (_, _) => ValueTask.FromResult<RpcResult>(RpcError.ExecutionReverted([0xde, 0xad], "nope")));
        registry.Add("test_async", async (p, context) =>
        {
            await Task.Delay(5, context.CancellationToken);
            return RpcResult.Quantity(p.QuantityUInt64(0));
        });
        registry.Add("test_wait", async (_, context) =>
        {
            await Release.Task.WaitAsync(context.CancellationToken);
            return RpcResult.String("released");
        });
        registry.Add("test_bytes", (p, _) => ValueTask.FromResult(RpcResult.Data(new byte[p.QuantityUInt64(0)])));
        registry.Add("test_subscribe", (_, context) =>
        {
            var subscription = context.Subscribe();
            Subscriptions.Enqueue(subscription);
            return ValueTask.FromResult(RpcResult.String(subscription.Id));
        });
        registry.Add("test_subscribeAndNotify", (p, context) =>
        {
            // Notifies before the subscribe response is even written: the client must still see the response first.
            var subscription = context.Subscribe();
            Subscriptions.Enqueue(subscription);
            for (ulong i = 0; i < p.QuantityUInt64(0); i++)
            {
                subscription.Notify(RpcResult.Quantity(i));
            }

            return ValueTask.FromResult(RpcResult.String(subscription.Id));
        });
        registry.Add("test_unsubscribe", (p, context) => ValueTask.FromResult(RpcResult.Bool(context.Unsubscribe(p.String(0)))));
        registry.Add("test_transport", (_, context) => ValueTask.FromResult(RpcResult.String(context.Transport.ToString())));
        registry.Add("test_object", (p, _) =>
        {
            var call = p.Object(0, TestJsonContext.Default.TestCallObject);
            return ValueTask.FromResult(RpcResult.String($"{call.To}:{call.Gas}"));
        });
        return registry;
    }

    /// <summary>Parses <paramref name="json"/> and returns its root (cloned, so no document to dispose).</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
