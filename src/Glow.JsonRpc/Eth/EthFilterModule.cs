using System.Text.Json;
using Glow.Core.Blocks;
using Glow.Node.Api;
using Glow.Node.Chain;

namespace Glow.JsonRpc.Eth;

/// <summary>
/// Filters over HTTP and subscriptions over WebSocket (rpc.md rule 10): <c>eth_newFilter</c>, <c>eth_newBlockFilter</c>,
/// <c>eth_newPendingTransactionFilter</c>, <c>eth_getFilterChanges</c>, <c>eth_getFilterLogs</c>,
/// <c>eth_uninstallFilter</c>, and <c>eth_subscribe</c> (<c>newHeads</c>, <c>logs</c>, <c>newPendingTransactions</c>) with
/// <c>eth_unsubscribe</c>. Notifications are serialised once per event and queued to each subscriber without blocking
/// the chain.
/// </summary>
public sealed class EthFilterModule
{
    private readonly NodeApi _node;
    private readonly Lock _lock = new();
    private readonly List<(RpcSubscription Subscription, SubscriptionKind Kind, LogFilter? Filter)> _subscriptions = [];

    /// <summary>The filter and subscription methods over <paramref name="node"/>.</summary>
    public EthFilterModule(NodeApi node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _node = node;
        node.Tree.HeadChanged += (_, change) => OnHead(change);
        node.Pool.NewPending += (_, e) => OnPending(e.Transactions);
    }

    private enum SubscriptionKind
    {
        NewHeads,
        Logs,
        NewPendingTransactions,
    }

    /// <summary>Adds the methods to <paramref name="registry"/>.</summary>
    public void Register(RpcMethodRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        Add(registry, "eth_newFilter", 1, p => RpcResult.String(_node.Filters.NewLogFilter(JsonArgs.Filter(p.Raw(0), 0))));
        Add(registry, "eth_newBlockFilter", 0, _ => RpcResult.String(_node.Filters.NewBlockFilter()));
        Add(registry, "eth_newPendingTransactionFilter", 1, _ => RpcResult.String(_node.Filters.NewPendingTransactionFilter()));
        Add(registry, "eth_uninstallFilter", 1, p => RpcResult.Bool(_node.Filters.Uninstall(p.String(0))));
        Add(registry, "eth_getFilterChanges", 1, p => Changes(_node.Filters.GetChanges(p.String(0))));
        Add(registry, "eth_getFilterLogs", 1, p => RpcObjects.Logs(_node.Filters.GetLogs(p.String(0))));
        registry.Add("eth_subscribe", (p, context) => ValueTask.FromResult(Subscribe(p, context)), maxParameters: 2);
        registry.Add("eth_unsubscribe", (p, context) => ValueTask.FromResult(RpcResult.Bool(context.Unsubscribe(p.String(0)))), maxParameters: 1);
    }

    private RpcResult Subscribe(RpcParams p, RpcCallContext context)
    {
        var kind = p.String(0) switch
        {
            "newHeads" => SubscriptionKind.NewHeads,
            "logs" => SubscriptionKind.Logs,
            "newPendingTransactions" => SubscriptionKind.NewPendingTransactions,
            var other => throw new RpcErrorException(RpcError.Server($"no \"{other}\" subscription in eth namespace", RpcErrorCodes.MethodNotFound)),
        };
        LogFilter? filter = null;
        if (kind == SubscriptionKind.Logs)
        {
            filter = p.IsMissing(1) ? new LogFilter() : JsonArgs.Filter(p.Raw(1), 1, allowRange: false);
        }

        var subscription = context.Subscribe();
        lock (_lock)
        {
            _subscriptions.RemoveAll(s => s.Subscription.IsClosed);
            _subscriptions.Add((subscription, kind, filter));
        }

        return RpcResult.String(subscription.Id);
    }

    private void OnHead(HeadChange change)
    {
        (RpcSubscription Subscription, SubscriptionKind Kind, LogFilter? Filter)[] targets;
        lock (_lock)
        {
            targets = [.. _subscriptions];
        }

        if (targets.Length == 0)
        {
            return;
        }

        var logs = new BlockLogs(_node.Query);
        var headers = new List<RpcResult>();
        foreach (var block in change.Added)
        {
            headers.Add(RpcResult.RawJson(Serialize(writer => WriteHeader(writer, block))));
        }

        foreach (var (subscription, kind, filter) in targets)
        {
            if (subscription.IsClosed)
            {
                continue;
            }

            if (kind == SubscriptionKind.NewHeads)
            {
                foreach (var header in headers)
                {
                    subscription.Notify(header);
                }
            }
            else if (kind == SubscriptionKind.Logs)
            {
                foreach (var block in change.Removed)
                {
                    foreach (var log in logs.Matching(filter!, block, removed: true))
                    {
                        subscription.Notify(RpcResult.Json(writer => RpcObjects.WriteLog(writer, log)));
                    }
                }

                foreach (var block in change.Added)
                {
                    foreach (var log in logs.Matching(filter!, block))
                    {
                        subscription.Notify(RpcResult.Json(writer => RpcObjects.WriteLog(writer, log)));
                    }
                }
            }
        }
    }

    private void OnPending(IReadOnlyList<Core.Transactions.Transaction> transactions)
    {
        lock (_lock)
        {
            foreach (var (subscription, kind, _) in _subscriptions)
            {
                if (kind == SubscriptionKind.NewPendingTransactions && !subscription.IsClosed)
                {
                    foreach (var tx in transactions)
                    {
                        subscription.Notify(RpcResult.Hash(tx.Hash));
                    }
                }
            }
        }
    }

    /// <summary>A block header as <c>newHeads</c> sends it: the block object without transactions.</summary>
    private static void WriteHeader(Utf8JsonWriter writer, Block block) =>
        RpcObjects.WriteBlock(writer, block, fullTransactions: false, headerOnly: true);

    private static byte[] Serialize(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    private static RpcResult Changes(FilterChanges changes) => RpcResult.Json(writer =>
    {
        writer.WriteStartArray();
        if (changes.Kind == FilterKind.Logs)
        {
            foreach (var log in changes.Logs)
            {
                RpcObjects.WriteLog(writer, log);
            }
        }
        else
        {
            foreach (var hash in changes.Hashes)
            {
                RpcHex.WriteData(writer, hash.Bytes);
            }
        }

        writer.WriteEndArray();
    });

    private static void Add(RpcMethodRegistry registry, string name, int maxParameters, Func<RpcParams, RpcResult> handler) =>
        EthModule.AddGuarded(registry, name, maxParameters, handler);
}
