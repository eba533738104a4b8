using System.Security.Cryptography;
using Glow.Core;
using Glow.Core.Encoding;
using Glow.Node.Chain;
using Glow.Node.TxPool;

namespace Glow.Node.Api;

/// <summary>
/// Filters installed over HTTP (rpc.md rule 10): each collects block hashes, pending transaction hashes or matching logs
/// (with removed logs on reorganisations) until polled; a filter not polled for <see cref="Timeout"/> is removed, as geth
/// does after 5 minutes. Thread-safe.
/// </summary>
public sealed class FilterStore
{
    /// <summary>The most entries one filter holds between polls; older ones are dropped beyond it.</summary>
    public const int MaxPendingEntries = 100_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Filter> _filters = new(StringComparer.Ordinal);
    private readonly ChainQuery _query;
    private readonly TimeProvider _time;

    /// <summary>Filters over the chain of <paramref name="tree"/> and the pool <paramref name="pool"/>.</summary>
    public FilterStore(BlockTree tree, TransactionPool pool, ChainQuery query, TimeProvider time, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(time);
        _query = query;
        _time = time;
        Timeout = timeout ?? TimeSpan.FromMinutes(5);
        tree.HeadChanged += (_, change) => OnHead(change);
        pool.NewPending += (_, e) => OnPending(e.Transactions);
    }

    /// <summary>How long a filter lives without being polled.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The number of installed filters.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _filters.Count;
            }
        }
    }

    /// <summary>Installs a log filter; returns its id.</summary>
    public string NewLogFilter(LogFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Install(new Filter(FilterKind.Logs, filter, _time.GetUtcNow()));
    }

    /// <summary>Installs a filter of new block hashes; returns its id.</summary>
    public string NewBlockFilter() => Install(new Filter(FilterKind.Blocks, null, _time.GetUtcNow()));

    /// <summary>Installs a filter of pending transaction hashes; returns its id.</summary>
    public string NewPendingTransactionFilter() => Install(new Filter(FilterKind.PendingTransactions, null, _time.GetUtcNow()));

    /// <summary>Removes a filter; false when there is none with this id.</summary>
    public bool Uninstall(string id)
    {
        lock (_lock)
        {
            return _filters.Remove(id);
        }
    }

    /// <summary>What the filter collected since its last poll (<c>eth_getFilterChanges</c>).</summary>
    /// <exception cref="ChainQueryException"><c>filter not found</c> (never installed, uninstalled, or expired).</exception>
    public FilterChanges GetChanges(string id)
    {
        lock (_lock)
        {
            var filter = Find(id);
            var changes = new FilterChanges(filter.Kind, [.. filter.Hashes], [.. filter.Logs]);
            filter.Hashes.Clear();
            filter.Logs.Clear();
            return changes;
        }
    }

    /// <summary>Every log the log filter matches in its range (<c>eth_getFilterLogs</c>).</summary>
    /// <exception cref="ChainQueryException"><c>filter not found</c>, or the filter is not a log filter.</exception>
    public IReadOnlyList<LogInfo> GetLogs(string id)
    {
        LogFilter criteria;
        lock (_lock)
        {
            var filter = Find(id);
            criteria = filter.Criteria ?? throw new ChainQueryException("filter not found");
        }

        return _query.GetLogs(criteria);
    }

    private string Install(Filter filter)
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        var id = Hex.Encode(bytes);
        lock (_lock)
        {
            Expire();
            _filters[id] = filter;
        }

        return id;
    }

    private Filter Find(string id)
    {
        Expire();
        if (!_filters.TryGetValue(id, out var filter))
        {
            throw new ChainQueryException("filter not found");
        }

        filter.LastPoll = _time.GetUtcNow();
        return filter;
    }

    private void Expire()
    {
        var now = _time.GetUtcNow();
        List<string>? expired = null;
        foreach (var (id, filter) in _filters)
        {
            if (now - filter.LastPoll > Timeout)
            {
                (expired ??= []).Add(id);
            }
        }

        foreach (var id in expired ?? [])
        {
            _filters.Remove(id);
        }
    }

    private void OnHead(HeadChange change)
    {
        lock (_lock)
        {
            Expire();
            var logs = new BlockLogs(_query);
            foreach (var filter in _filters.Values)
            {
                if (filter.Kind == FilterKind.Blocks)
                {
                    foreach (var block in change.Added)
                    {
                        filter.Add(block.Hash);
                    }
                }
                else if (filter.Kind == FilterKind.Logs)
                {
                    foreach (var block in change.Removed)
                    {
                        filter.Add(logs.Matching(filter.Criteria!, block, removed: true));
                    }

                    foreach (var block in change.Added)
                    {
                        if (filter.InRange(block.Number))
                        {
                            filter.Add(logs.Matching(filter.Criteria!, block));
                        }
                    }
                }
            }
        }
    }

    private void OnPending(IReadOnlyList<Core.Transactions.Transaction> transactions)
    {
        lock (_lock)
        {
            foreach (var filter in _filters.Values)
            {
                if (filter.Kind == FilterKind.PendingTransactions)
                {
                    foreach (var tx in transactions)
                    {
                        filter.Add(tx.Hash);
                    }
                }
            }
        }
    }

    private sealed class Filter(FilterKind kind, LogFilter? criteria, DateTimeOffset created)
    {
        public FilterKind Kind { get; } = kind;

        public LogFilter? Criteria { get; } = criteria;

        public DateTimeOffset LastPoll { get; set; } = created;

        public List<Hash256> Hashes { get; } = [];

        public List<LogInfo> Logs { get; } = [];

        public void Add(in Hash256 hash)
        {
            if (Hashes.Count >= MaxPendingEntries)
            {
                Hashes.RemoveAt(0);
            }

            Hashes.Add(hash);
        }

        public void Add(IReadOnlyList<LogInfo> logs)
        {
            Logs.AddRange(logs);
            if (Logs.Count > MaxPendingEntries)
            {
                Logs.RemoveRange(0, Logs.Count - MaxPendingEntries);
            }
        }

        public bool InRange(ulong number) =>
            (Criteria!.FromBlock.Kind != BlockTagKind.Number || number >= Criteria.FromBlock.Number)
            && (Criteria.ToBlock.Kind != BlockTagKind.Number || number <= Criteria.ToBlock.Number);
    }
}
