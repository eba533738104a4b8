using System.Text.Json;
using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Transactions;
using Glow.Node.Api;
using Glow.Node.TxPool;

namespace Glow.JsonRpc.Eth;

/// <summary>
/// The <c>eth_</c> namespace over a node's <see cref="NodeApi"/> (rpc.md): chain and state reads, transactions and
/// receipts, sending, calls and gas estimation, fees and logs. Errors follow rpc.md rules 4–6: node query failures are
/// -32000 with geth's words, reverts are code 3 with the revert data, bad arguments -32602.
/// </summary>
public sealed partial class EthModule
{
    private readonly NodeApi _node;
    private readonly IReadOnlyList<Address> _accounts;

    /// <summary>The namespace over <paramref name="node"/>; <paramref name="accounts"/> are those <c>eth_accounts</c> lists (dev mode's unlocked accounts).</summary>
    public EthModule(NodeApi node, IReadOnlyList<Address>? accounts = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        _node = node;
        _accounts = accounts ?? [];
    }

    /// <summary>Adds every method of the namespace to <paramref name="registry"/>.</summary>
    public void Register(RpcMethodRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        Add(registry, "eth_chainId", 0, _ => RpcResult.Quantity(_node.ChainId));
        Add(registry, "eth_blockNumber", 0, _ => RpcResult.Quantity(_node.Query.Head.Number));
        Add(registry, "eth_syncing", 0, _ => RpcResult.Bool(false));
        Add(registry, "eth_accounts", 0, _ => RpcResult.Json(writer =>
        {
            writer.WriteStartArray();
            foreach (var account in _accounts)
            {
                RpcHex.WriteData(writer, account.Bytes);
            }

            writer.WriteEndArray();
        }));
        Add(registry, "eth_getBalance", 2, p => RpcResult.Quantity(State(p, 1).GetBalance(p.Address(0))));
        Add(registry, "eth_getCode", 2, p => RpcResult.Data(State(p, 1).GetCode(p.Address(0)).Span));
        Add(registry, "eth_getStorageAt", 3, p => StorageAt(p));
        Add(registry, "eth_getTransactionCount", 2, p => TransactionCount(p));
        Add(registry, "eth_getBlockByNumber", 2, p => Block(_node.Query.FindBlock(p.BlockNumberTag(0)), p.Bool(1)));
        Add(registry, "eth_getBlockByHash", 2, p => Block(_node.Query.FindBlock(BlockTag.OfHash(p.Hash(0))), p.Bool(1)));
        Add(registry, "eth_getBlockTransactionCountByNumber", 1, p => TransactionCount(_node.Query.FindBlock(p.BlockNumberTag(0))));
        Add(registry, "eth_getBlockTransactionCountByHash", 1, p => TransactionCount(_node.Query.FindBlock(BlockTag.OfHash(p.Hash(0)))));
        Add(registry, "eth_getUncleCountByBlockNumber", 1, p => _node.Query.FindBlock(p.BlockNumberTag(0)) is null ? RpcResult.Null : RpcResult.Quantity(0));
        Add(registry, "eth_getUncleCountByBlockHash", 1, p => _node.Query.FindBlock(BlockTag.OfHash(p.Hash(0))) is null ? RpcResult.Null : RpcResult.Quantity(0));
        Add(registry, "eth_getTransactionByHash", 1, p => Transaction(_node.Query.GetTransaction(p.Hash(0))));
        Add(registry, "eth_getTransactionByBlockHashAndIndex", 2, p => TransactionAt(_node.Query.FindBlock(BlockTag.OfHash(p.Hash(0))), p.QuantityUInt64(1)));
        Add(registry, "eth_getTransactionByBlockNumberAndIndex", 2, p => TransactionAt(_node.Query.FindBlock(p.BlockNumberTag(0)), p.QuantityUInt64(1)));
        Add(registry, "eth_getTransactionReceipt", 1, p => _node.Query.GetReceipt(p.Hash(0)) is { } receipt
            ? RpcResult.Json(writer => RpcObjects.WriteReceipt(writer, receipt))
            : RpcResult.Null);
        Add(registry, "eth_getBlockReceipts", 1, p => BlockReceipts(p));
        Add(registry, "eth_sendRawTransaction", 1, p => SendRaw(p.Data(0)));
        Add(registry, "eth_call", 3, p => Call(p));
        Add(registry, "eth_estimateGas", 3, p => EstimateGas(p));
        Add(registry, "eth_gasPrice", 0, _ => RpcResult.Quantity(_node.Fees.SuggestGasPrice()));
        Add(registry, "eth_maxPriorityFeePerGas", 0, _ => RpcResult.Quantity(_node.Fees.SuggestTip()));
        Add(registry, "eth_blobBaseFee", 0, _ => RpcResult.Quantity(FeeOracle.NextBlobBaseFee(_node.Query.Head)));
        Add(registry, "eth_feeHistory", 3, p => FeeHistory(p));
        Add(registry, "eth_getLogs", 1, p => RpcObjects.Logs(_node.Query.GetLogs(JsonArgs.Filter(p.Raw(0), 0))));
    }

    private static void Add(RpcMethodRegistry registry, string name, int maxParameters, Func<RpcParams, RpcResult> handler) =>
        AddGuarded(registry, name, maxParameters, handler);

    /// <summary>Registers a synchronous handler whose node errors become JSON-RPC errors (-32000, or 3 for reverts).</summary>
    internal static void AddGuarded(RpcMethodRegistry registry, string name, int maxParameters, Func<RpcParams, RpcResult> handler) =>
        registry.Add(name, (parameters, _) =>
        {
            try
            {
                return ValueTask.FromResult(handler(parameters));
            }
            catch (ChainQueryException e)
            {
                return ValueTask.FromResult<RpcResult>(RpcError.Server(e.Message));
            }
            catch (CallFailedException e)
            {
                return ValueTask.FromResult<RpcResult>(e.RevertData is { } data
                    ? new RpcError(RpcErrorCodes.ExecutionReverted, e.Message, Core.Encoding.Hex.Encode(data.Span))
                    : RpcError.Server(e.Message));
            }
        }, maxParameters);

    private Core.State.IReadOnlyWorldState State(RpcParams p, int index) =>
        _node.Query.StateAt(p.OptionalBlockTag(index, BlockTag.Latest));

    private RpcResult StorageAt(RpcParams p)
    {
        var value = State(p, 2).GetStorage(p.Address(0), JsonArgs.StorageSlot(p, 1));
        Span<byte> word = stackalloc byte[32];
        value.WriteBigEndian(word);
        return RpcResult.Data(word);
    }

    private RpcResult TransactionCount(RpcParams p)
    {
        var address = p.Address(0);
        var tag = p.OptionalBlockTag(1, BlockTag.Latest);
        return tag.Kind == BlockTagKind.Pending
            ? RpcResult.Quantity(_node.Pool.GetPendingNonce(address))
            : RpcResult.Quantity(_node.Query.StateAt(tag).GetNonce(address));
    }

    private static RpcResult Block(Block? block, bool full) =>
        block is null ? RpcResult.Null : RpcResult.Json(writer => RpcObjects.WriteBlock(writer, block, full));

    private static RpcResult TransactionCount(Block? block) =>
        block is null ? RpcResult.Null : RpcResult.Quantity((ulong)block.Transactions.Count);

    private static RpcResult Transaction(TransactionInfo? info) =>
        info is null ? RpcResult.Null : RpcResult.Json(writer => RpcObjects.WriteTransaction(writer, info));

    private static RpcResult TransactionAt(Block? block, ulong index) =>
        block is null || index >= (ulong)block.Transactions.Count ? RpcResult.Null : Transaction(ChainQuery.GetTransaction(block, (int)index));

    private RpcResult BlockReceipts(RpcParams p)
    {
        var error = RpcParams.TryParseBlockTag(p.Raw(0), allowHash: true, out var selector);
        if (error is not null)
        {
            throw RpcParams.InvalidArgument(0, error);
        }

        if (_node.Query.FindBlock(selector) is not { } block)
        {
            return RpcResult.Null;
        }

        var receipts = _node.Query.GetReceipts(block);
        return RpcResult.Json(writer =>
        {
            writer.WriteStartArray();
            foreach (var receipt in receipts)
            {
                RpcObjects.WriteReceipt(writer, receipt);
            }

            writer.WriteEndArray();
        });
    }

    private RpcResult SendRaw(byte[] raw)
    {
        Transaction tx;
        BlobSidecar? sidecar;
        try
        {
            // A blob transaction comes in its network form, with the blobs, commitments and proofs (EIP-4844).
            tx = TransactionDecoder.DecodeNetworkForm(raw, out sidecar);
        }
        catch (InvalidTransactionException e) when (e.Error == TxError.InvalidBlobTransaction && !_node.Pool.Options.AcceptBlobTransactions)
        {
            // On a chain whose blocks carry no blobs, any blob transaction is refused for its type, as the pool words it.
            return RpcError.Server(TxPoolResult.MessageOf(TxPoolError.TypeNotSupported));
        }
        catch (Exception e) when (e is InvalidTransactionException or Core.Rlp.RlpException)
        {
            return RpcError.Server($"rlp: {e.Message}");
        }

        var result = _node.Submit(tx, sidecar);
        return result.IsAccepted ? RpcResult.Hash(tx.Hash) : RpcError.Server(result.Message);
    }

    private RpcResult Call(RpcParams p)
    {
        var request = JsonArgs.CallRequest(p.Raw(0), 0);
        var tag = p.OptionalBlockTag(1, BlockTag.Latest);
        var overrides = JsonArgs.Overrides(p.OptionalRaw(2), 2);
        var outcome = _node.Calls.Call(request, tag, overrides);
        if (outcome.Reverted)
        {
            throw CallSimulator.RevertedException(outcome.Output);
        }

        return outcome.Success
            ? RpcResult.Data(outcome.Output.Span)
            : RpcError.Server(Evm.Execution.EvmStatusText.Describe(outcome.Status) ?? "execution failed");
    }

    private RpcResult EstimateGas(RpcParams p)
    {
        var request = JsonArgs.CallRequest(p.Raw(0), 0);
        var tag = p.OptionalBlockTag(1, BlockTag.Latest);
        var overrides = JsonArgs.Overrides(p.OptionalRaw(2), 2);
        return RpcResult.Quantity(_node.Calls.EstimateGas(request, tag, overrides));
    }

    private RpcResult FeeHistory(RpcParams p)
    {
        var count = (int)Math.Min(p.HexOrDecimalUInt64(0), int.MaxValue);
        var newest = _node.Query.FindHeader(p.BlockNumberTag(1)) ?? throw new ChainQueryException("header not found");
        var percentiles = new List<decimal>();
        var raw = p.OptionalRaw(2);
        if (raw.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in raw.EnumerateArray())
            {
                percentiles.Add(item.ValueKind == JsonValueKind.Number ? item.GetDecimal() : throw RpcParams.InvalidArgument(2, "percentiles must be numbers"));
            }
        }

        var history = _node.Fees.History(count, newest, percentiles);
        return RpcResult.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("oldestBlock");
            RpcHex.WriteQuantity(writer, history.OldestBlock);
            WriteQuantities(writer, "baseFeePerGas", history.BaseFees);
            WriteRatios(writer, "gasUsedRatio", history.Gas);
            WriteQuantities(writer, "baseFeePerBlobGas", history.BlobBaseFees);
            WriteRatios(writer, "blobGasUsedRatio", history.BlobGas);
            if (percentiles.Count > 0)
            {
                writer.WriteStartArray("reward");
                foreach (var block in history.Rewards)
                {
                    WriteQuantities(writer, null, block);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        });
    }

    /// <summary>An array of quantities, as a property when <paramref name="name"/> is given.</summary>
    private static void WriteQuantities(Utf8JsonWriter writer, string? name, IReadOnlyList<Core.Numerics.UInt256> values)
    {
        if (name is null)
        {
            writer.WriteStartArray();
        }
        else
        {
            writer.WriteStartArray(name);
        }

        foreach (var value in values)
        {
            RpcHex.WriteQuantity(writer, value);
        }

        writer.WriteEndArray();
    }

    /// <summary>An array of used / limit ratios: a float here only, for the JSON number clients expect (geth writes float64).</summary>
    private static void WriteRatios(Utf8JsonWriter writer, string name, IReadOnlyList<(ulong Used, ulong Limit)> values)
    {
        writer.WriteStartArray(name);
        foreach (var (used, limit) in values)
        {
            writer.WriteNumberValue(limit == 0 ? 0d : (double)used / limit);
        }

        writer.WriteEndArray();
    }
}
