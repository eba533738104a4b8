using System.Text.Json;
using Glow.Core.Blocks;
using Glow.Core.Transactions;
using Glow.Evm.Tracing;
using Glow.Node.Api;

namespace Glow.JsonRpc.Eth;

/// <summary>
/// <c>debug_traceTransaction</c> and <c>debug_traceCall</c> with geth's struct logs (default) or <c>callTracer</c>
/// (<c>onlyTopCall</c> supported), <c>eth_createAccessList</c>, and the consensus encodings of stored data:
/// <c>debug_getRawHeader</c>, <c>debug_getRawBlock</c>, <c>debug_getRawReceipts</c> (by block number, tag or hash) and
/// <c>debug_getRawTransaction</c> (by hash; null when unknown).
/// </summary>
public sealed class DebugModule
{
    private readonly NodeApi _node;

    /// <summary>The methods over <paramref name="node"/>.</summary>
    public DebugModule(NodeApi node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _node = node;
    }

    /// <summary>Adds the methods to <paramref name="registry"/>.</summary>
    public void Register(RpcMethodRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        EthModule.AddGuarded(registry, "debug_traceTransaction", 2, p =>
        {
            var hash = p.Hash(0);
            return Trace(p.OptionalRaw(1), 1, tracer => _node.Calls.TraceTransaction(hash, tracer));
        });
        EthModule.AddGuarded(registry, "debug_traceCall", 3, p =>
        {
            var request = JsonArgs.CallRequest(p.Raw(0), 0);
            var tag = p.OptionalBlockTag(1, BlockTag.Latest);
            return Trace(p.OptionalRaw(2), 2, tracer => _node.Calls.Call(request, tag, null, tracer));
        });
        EthModule.AddGuarded(registry, "debug_getRawHeader", 1, p => RpcResult.Data(BlockHeaderCodec.Encode(RequireBlock(p).Header)));
        EthModule.AddGuarded(registry, "debug_getRawBlock", 1, p => RpcResult.Data(BlockCodec.Encode(RequireBlock(p))));
        EthModule.AddGuarded(registry, "debug_getRawReceipts", 1, p =>
        {
            var block = RequireBlock(p);
            var receipts = _node.Query.Chain.GetReceipts(block.Hash) ?? [];
            return RpcResult.Json(writer =>
            {
                writer.WriteStartArray();
                foreach (var receipt in receipts)
                {
                    RpcHex.WriteData(writer, ReceiptCodec.Encode(receipt));
                }

                writer.WriteEndArray();
            });
        });
        EthModule.AddGuarded(registry, "debug_getRawTransaction", 1, p => _node.Query.GetTransaction(p.Hash(0)) is { } info
            ? RpcResult.Data(TransactionEncoder.Encode(info.Transaction))
            : RpcResult.Null);
        EthModule.AddGuarded(registry, "eth_createAccessList", 3, p =>
        {
            var request = JsonArgs.CallRequest(p.Raw(0), 0);
            var tag = p.OptionalBlockTag(1, BlockTag.Latest);
            var overrides = JsonArgs.Overrides(p.OptionalRaw(2), 2);
            var (list, gasUsed, error) = _node.Calls.CreateAccessList(request, tag, overrides);
            return RpcResult.Json(writer =>
            {
                writer.WriteStartObject();
                RpcObjects.WriteAccessList(writer, "accessList", list);
                writer.WritePropertyName("gasUsed");
                RpcHex.WriteQuantity(writer, gasUsed);
                if (error is not null)
                {
                    writer.WriteString("error", error);
                }

                writer.WriteEndObject();
            });
        });
    }

    /// <summary>The block that parameter 0 names (number, tag or hash); a server error when there is none.</summary>
    private Block RequireBlock(RpcParams p)
    {
        var selector = p.BlockTag(0);
        return _node.Query.FindBlock(selector)
            ?? throw new ChainQueryException(selector.Kind == BlockTagKind.Hash ? $"block {selector.Hash} not found" : $"block {p.Raw(0).GetRawText()} not found");
    }

    private static RpcResult Trace(JsonElement config, int index, Func<ITxTracer, CallOutcome> run)
    {
        if (config.ValueKind is not JsonValueKind.Undefined and not JsonValueKind.Null and not JsonValueKind.Object)
        {
            throw RpcParams.InvalidArgument(index, "expected a tracer configuration object");
        }

        var tracerName = config.ValueKind == JsonValueKind.Object && config.TryGetProperty("tracer", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null;
        if (tracerName == "callTracer")
        {
            var onlyTop = config.TryGetProperty("tracerConfig", out var tracerConfig) && tracerConfig.ValueKind == JsonValueKind.Object
                && tracerConfig.TryGetProperty("onlyTopCall", out var top) && top.ValueKind == JsonValueKind.True;
            var calls = new CallTracer();
            run(calls);
            var root = calls.Root ?? throw new RpcErrorException(RpcError.Internal("the call tracer saw no call"));
            return RpcResult.Json(writer => (onlyTop ? root.WithoutCalls() : root).WriteTo(writer));
        }

        if (tracerName is not null)
        {
            return RpcError.Server($"tracer \"{tracerName}\" is not supported (use the default struct logger or \"callTracer\")");
        }

        var structLogs = new GethStructLogTracer(
            enableMemory: Flag(config, "enableMemory"),
            disableStack: Flag(config, "disableStack"),
            disableStorage: Flag(config, "disableStorage"));
        var outcome = run(structLogs);
        structLogs.SetResult(outcome.GasUsed, outcome.Status, outcome.Output.Span);
        return RpcResult.Json(structLogs.WriteTo);
    }

    private static bool Flag(JsonElement config, string name) =>
        config.ValueKind == JsonValueKind.Object && config.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
