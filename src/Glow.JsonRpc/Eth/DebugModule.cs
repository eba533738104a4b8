using System.Text.Json;
using Glow.Evm.Tracing;
using Glow.Node.Api;

namespace Glow.JsonRpc.Eth;

/// <summary>
/// <c>debug_traceTransaction</c> and <c>debug_traceCall</c> with geth's struct logs (default) or <c>callTracer</c>
/// (<c>onlyTopCall</c> supported), and <c>eth_createAccessList</c>.
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
            var tag = JsonArgs.ToTag(p.OptionalBlockTag(1, BlockSelector.Latest));
            return Trace(p.OptionalRaw(2), 2, tracer => _node.Calls.Call(request, tag, null, tracer));
        });
        EthModule.AddGuarded(registry, "eth_createAccessList", 3, p =>
        {
            var request = JsonArgs.CallRequest(p.Raw(0), 0);
            var tag = JsonArgs.ToTag(p.OptionalBlockTag(1, BlockSelector.Latest));
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
