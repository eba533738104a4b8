using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.State;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Evm.Gas;
using Glow.Node.Chain;
using Glow.Node.TxPool;
using Glow.State;

namespace Glow.Node.Api;

/// <summary>
/// The read side of the node that JSON-RPC uses: blocks by tag, number or hash; transactions and receipts with their
/// positions; the state at any stored block; logs by filter. Safe from any thread while blocks are committed.
/// </summary>
public sealed class ChainQuery
{
    private readonly BlockTree _tree;
    private readonly TransactionPool? _pool;
    private readonly IHeadStateEdits? _headEdits;

    /// <summary>
    /// Queries over <paramref name="tree"/> and, for pending transactions, <paramref name="pool"/>; the head's state
    /// includes <paramref name="headEdits"/> (dev mode's state edits not yet in a block) when given.
    /// </summary>
    public ChainQuery(BlockTree tree, TransactionPool? pool, ChainQueryOptions? options = null, IHeadStateEdits? headEdits = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        _tree = tree;
        _pool = pool;
        _headEdits = headEdits;
        Options = options ?? new ChainQueryOptions();
    }

    /// <summary>True when the head's state has edits no block carries yet (dev mode), which state proofs cannot show.</summary>
    public bool HeadHasUnminedEdits => _headEdits is { Pending.Count: > 0 };

    /// <summary>The limits of scanning queries.</summary>
    public ChainQueryOptions Options { get; }

    /// <summary>The canonical head.</summary>
    public BlockHeader Head => _tree.Head;

    /// <summary>The stored blocks.</summary>
    public ChainStore Chain => _tree.Chain;

    /// <summary>
    /// The header named by <paramref name="tag"/>; null when there is no such block. <c>pending</c>, <c>safe</c> and
    /// <c>finalized</c> name the head: every GLOW block is final once committed, and the pending block's header is not
    /// built until it is produced.
    /// </summary>
    /// <exception cref="ChainQueryException">A hash with <c>requireCanonical</c> names a block that is not canonical.</exception>
    public BlockHeader? FindHeader(in BlockTag tag)
    {
        switch (tag.Kind)
        {
            case BlockTagKind.Latest or BlockTagKind.Pending or BlockTagKind.Safe or BlockTagKind.Finalized:
                return _tree.Head;
            case BlockTagKind.Earliest:
                return _tree.Chain.GetHeader(0);
            case BlockTagKind.Number:
                return _tree.Chain.GetHeader(tag.Number);
            default:
                var header = _tree.Chain.GetHeader(tag.Hash);
                if (header is not null && tag.RequireCanonical && !_tree.Chain.IsCanonical(header))
                {
                    throw new ChainQueryException($"hash {tag.Hash} is not currently canonical");
                }

                return header;
        }
    }

    /// <summary>The block named by <paramref name="tag"/>; null when there is none.</summary>
    public Block? FindBlock(in BlockTag tag) => FindHeader(tag) is { } header ? _tree.Chain.GetBlock(header.Hash) : null;

    /// <summary>The state after the block named by <paramref name="tag"/>.</summary>
    /// <exception cref="ChainQueryException">No such block (<c>header not found</c>), or its state is no longer stored.</exception>
    public IReadOnlyWorldState StateAt(in BlockTag tag)
    {
        var header = FindHeader(tag) ?? throw new ChainQueryException("header not found");
        return StateAt(header);
    }

    /// <summary>
    /// The state after <paramref name="header"/>: the flat tables for the head (with the head's unmined edits, if any),
    /// the tries otherwise.
    /// </summary>
    /// <exception cref="ChainQueryException">Its state is no longer stored (pruned).</exception>
    public IReadOnlyWorldState StateAt(BlockHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var state = _tree.State;
        if (header.Hash == _tree.Head.Hash)
        {
            return HeadHasUnminedEdits ? BeginAt(header) : state.ViewLatest();
        }

        return state.Contains(header.StateRoot)
            ? state.ViewAt(header.StateRoot)
            : throw new ChainQueryException($"state of block {header.Number} (root {header.StateRoot}) is not available: it is older than the state history this node keeps");
    }

    /// <summary>
    /// A changeable state after <paramref name="header"/> for a simulation (calls, estimates, traces): changes stay in
    /// memory. On the head it includes the head's unmined edits.
    /// </summary>
    /// <exception cref="ChainQueryException">Its state is no longer stored (pruned).</exception>
    public WorldState BeginAt(BlockHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var store = _tree.State;
        if (header.Hash == _tree.Head.Hash && store.HeadRoot == header.StateRoot)
        {
            var world = store.BeginLatest();
            if (_headEdits?.Pending is { Count: > 0 } edits)
            {
                foreach (var edit in edits)
                {
                    edit.Apply(world);
                }

                world.FinishTransaction(deleteTouchedEmptyAccounts: false);
            }

            return world;
        }

        return store.Contains(header.StateRoot)
            ? store.BeginAt(header.StateRoot)
            : throw new ChainQueryException($"state of block {header.Number} is not available: it is older than the state history this node keeps");
    }

    /// <summary>The transaction with this hash: canonical, or pending in the pool.</summary>
    public TransactionInfo? GetTransaction(in Hash256 hash)
    {
        if (_tree.Chain.FindTransaction(hash) is { } location && _tree.Chain.GetBlock(location.BlockHash) is { } block)
        {
            var tx = block.Transactions[location.Index];
            return new TransactionInfo(tx, tx.RecoverSender()!.Value, block.Hash, block.Number, location.Index, block.Header.BaseFeePerGas);
        }

        if (_pool is not null && _pool.TryGet(hash, out var pending))
        {
            return new TransactionInfo(pending, pending.RecoverSender()!.Value, null, null, null, null);
        }

        return null;
    }

    /// <summary>The transaction at <paramref name="index"/> of <paramref name="block"/>; null when out of range.</summary>
    public static TransactionInfo? GetTransaction(Block block, int index)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (index < 0 || index >= block.Transactions.Count)
        {
            return null;
        }

        var tx = block.Transactions[index];
        return new TransactionInfo(tx, tx.RecoverSender()!.Value, block.Hash, block.Number, index, block.Header.BaseFeePerGas);
    }

    /// <summary>The receipt of the canonical transaction with this hash; null when it is not in a canonical block.</summary>
    public ReceiptInfo? GetReceipt(in Hash256 transactionHash)
    {
        if (_tree.Chain.FindTransaction(transactionHash) is not { } location || _tree.Chain.GetBlock(location.BlockHash) is not { } block)
        {
            return null;
        }

        var receipts = GetReceipts(block);
        return location.Index < receipts.Count ? receipts[location.Index] : null;
    }

    /// <summary>Every receipt of <paramref name="block"/>, with derived fields.</summary>
    public IReadOnlyList<ReceiptInfo> GetReceipts(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var stored = _tree.Chain.GetReceipts(block.Hash) ?? [];
        var result = new ReceiptInfo[Math.Min(stored.Count, block.Transactions.Count)];
        var baseFee = block.Header.BaseFeePerGas ?? default;
        var blobGasPrice = BlobGas.BaseFeePerBlobGas(block.Header.ExcessBlobGas ?? 0);
        ulong previousGas = 0;
        var logIndex = 0;
        for (var i = 0; i < result.Length; i++)
        {
            var tx = block.Transactions[i];
            var receipt = stored[i];
            var sender = tx.RecoverSender()!.Value;
            var logs = new LogInfo[receipt.Logs.Count];
            for (var j = 0; j < logs.Length; j++)
            {
                logs[j] = new LogInfo(receipt.Logs[j], block.Hash, block.Number, tx.Hash, i, logIndex++);
            }

            result[i] = new ReceiptInfo
            {
                TransactionHash = tx.Hash,
                TransactionIndex = i,
                BlockHash = block.Hash,
                BlockNumber = block.Number,
                From = sender,
                To = tx.To,
                ContractAddress = tx.To is null ? ContractAddress.From(sender, tx.Nonce) : null,
                GasUsed = receipt.CumulativeGasUsed - previousGas,
                CumulativeGasUsed = receipt.CumulativeGasUsed,
                EffectiveGasPrice = tx.EffectiveGasPrice(baseFee),
                Success = receipt.Success,
                Type = tx.Type,
                Bloom = receipt.Bloom,
                Logs = logs,
                BlobGasUsed = tx.Type == TxType.Blob ? (ulong)tx.BlobVersionedHashes.Count * GasCost.BlobGasPerBlob : null,
                BlobGasPrice = tx.Type == TxType.Blob ? blobGasPrice : null,
            };
            previousGas = receipt.CumulativeGasUsed;
        }

        return result;
    }

    /// <summary>The logs of <paramref name="block"/> that pass <paramref name="filter"/>, in order.</summary>
    public IReadOnlyList<LogInfo> GetLogs(Block block, LogFilter filter, bool removed = false)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(filter);
        return filter.MayMatch(block.Header.Bloom) ? Match(filter, GetLogs(block), removed) : [];
    }

    /// <summary>Every log of <paramref name="block"/>, in order, with its position.</summary>
    public IReadOnlyList<LogInfo> GetLogs(Block block)
    {
        var logs = new List<LogInfo>();
        foreach (var receipt in GetReceipts(block))
        {
            logs.AddRange(receipt.Logs);
        }

        return logs;
    }

    /// <summary>The logs among <paramref name="logs"/> (one block's) that pass <paramref name="filter"/>, flagged removed when asked.</summary>
    public static IReadOnlyList<LogInfo> Match(LogFilter filter, IReadOnlyList<LogInfo> logs, bool removed = false)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(logs);
        var found = new List<LogInfo>();
        foreach (var log in logs)
        {
            if (filter.Matches(log.Log))
            {
                found.Add(removed ? log with { Removed = true } : log);
            }
        }

        return found;
    }

    /// <summary>
    /// The logs passing <paramref name="filter"/> (<c>eth_getLogs</c>): one block by hash, or a canonical range scanned
    /// with each block's bloom first.
    /// </summary>
    /// <exception cref="ChainQueryException">Unknown block, an inverted range, or a range or result count above the limits.</exception>
    public IReadOnlyList<LogInfo> GetLogs(LogFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.BlockHash is { } hash)
        {
            var block = _tree.Chain.GetBlock(hash) ?? throw new ChainQueryException("unknown block");
            return Limit(GetLogs(block, filter));
        }

        var head = _tree.Head.Number;
        var from = Resolve(filter.FromBlock, head);
        var to = Resolve(filter.ToBlock, head);
        if (from > to)
        {
            throw new ChainQueryException("invalid block range params");
        }

        if (to - from >= Options.MaxLogBlockRange)
        {
            throw new ChainQueryException($"query exceeds max block range {Options.MaxLogBlockRange}");
        }

        var logs = new List<LogInfo>();
        for (var number = from; number <= to && number <= head; number++)
        {
            if (_tree.Chain.GetHeader(number) is not { } header || !filter.MayMatch(header.Bloom))
            {
                continue;
            }

            if (_tree.Chain.GetBlock(header.Hash) is { } block)
            {
                logs.AddRange(GetLogs(block, filter));
                Limit(logs);
            }
        }

        return logs;
    }

    private List<LogInfo> Limit(IReadOnlyList<LogInfo> logs)
    {
        if (logs.Count > Options.MaxLogResults)
        {
            throw new ChainQueryException($"query returned more than {Options.MaxLogResults} results");
        }

        return logs as List<LogInfo> ?? [.. logs];
    }

    private ulong Resolve(in BlockTag tag, ulong head) => tag.Kind switch
    {
        BlockTagKind.Number => tag.Number,
        BlockTagKind.Earliest => 0,
        BlockTagKind.Hash => FindHeader(tag)?.Number ?? throw new ChainQueryException("unknown block"),
        _ => head,
    };
}
