using System.Text.Json;
using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Node.Api;

namespace Glow.JsonRpc.Eth;

/// <summary>
/// The JSON shapes of blocks, transactions, receipts and logs (execution-apis schemas; rpc.md rules 1–2: quantities
/// without leading zeros, data as even hex, <c>baseFeePerGas</c> on every block).
/// </summary>
public static class RpcObjects
{
    /// <summary>Writes <paramref name="block"/>; with <paramref name="fullTransactions"/> the transactions as objects, otherwise their hashes.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="block">The block.</param>
    /// <param name="fullTransactions">Transactions as objects rather than hashes.</param>
    /// <param name="headerOnly">Only the header's fields (a <c>newHeads</c> notification): no transactions, uncles or withdrawals lists.</param>
    public static void WriteBlock(Utf8JsonWriter writer, Block block, bool fullTransactions, bool headerOnly = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(block);
        var h = block.Header;
        writer.WriteStartObject();
        Quantity(writer, "number", h.Number);
        Hash(writer, "hash", h.Hash);
        Hash(writer, "parentHash", h.ParentHash);
        Hash(writer, "sha3Uncles", h.OmmersHash);
        Data(writer, "logsBloom", h.Bloom.Bytes);
        Hash(writer, "transactionsRoot", h.TransactionsRoot);
        Hash(writer, "stateRoot", h.StateRoot);
        Hash(writer, "receiptsRoot", h.ReceiptsRoot);
        Address(writer, "miner", h.Coinbase);
        writer.WritePropertyName("difficulty");
        RpcHex.WriteQuantity(writer, h.Difficulty);
        Data(writer, "extraData", h.ExtraData.Span);
        if (!headerOnly)
        {
            Quantity(writer, "size", (ulong)BlockCodec.Encode(block).Length);
        }

        Quantity(writer, "gasLimit", h.GasLimit);
        Quantity(writer, "gasUsed", h.GasUsed);
        Quantity(writer, "timestamp", h.Timestamp);
        Hash(writer, "mixHash", h.MixHash);
        writer.WritePropertyName("nonce");
        Span<byte> nonce = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(nonce, h.Nonce);
        RpcHex.WriteData(writer, nonce);
        if (h.BaseFeePerGas is { } baseFee)
        {
            writer.WritePropertyName("baseFeePerGas");
            RpcHex.WriteQuantity(writer, baseFee);
        }

        if (h.WithdrawalsRoot is { } withdrawalsRoot)
        {
            Hash(writer, "withdrawalsRoot", withdrawalsRoot);
        }

        if (h.BlobGasUsed is { } blobGasUsed)
        {
            Quantity(writer, "blobGasUsed", blobGasUsed);
        }

        if (h.ExcessBlobGas is { } excessBlobGas)
        {
            Quantity(writer, "excessBlobGas", excessBlobGas);
        }

        if (h.ParentBeaconBlockRoot is { } beaconRoot)
        {
            Hash(writer, "parentBeaconBlockRoot", beaconRoot);
        }

        if (headerOnly)
        {
            writer.WriteEndObject();
            return;
        }

        writer.WriteStartArray("transactions");
        for (var i = 0; i < block.Transactions.Count; i++)
        {
            if (fullTransactions)
            {
                WriteTransaction(writer, ChainQuery.GetTransaction(block, i)!);
            }
            else
            {
                RpcHex.WriteData(writer, block.Transactions[i].Hash.Bytes);
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("uncles");
        writer.WriteEndArray();
        if (block.Withdrawals is { } withdrawals)
        {
            writer.WriteStartArray("withdrawals");
            foreach (var w in withdrawals)
            {
                writer.WriteStartObject();
                Quantity(writer, "index", w.Index);
                Quantity(writer, "validatorIndex", w.ValidatorIndex);
                Address(writer, "address", w.Address);
                Quantity(writer, "amount", w.AmountGwei);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>A JSON array of logs (<c>eth_getLogs</c>, <c>eth_getFilterLogs</c>).</summary>
    public static RpcResult Logs(IReadOnlyList<LogInfo> logs) => RpcResult.Json(writer =>
    {
        writer.WriteStartArray();
        foreach (var log in logs)
        {
            WriteLog(writer, log);
        }

        writer.WriteEndArray();
    });

    /// <summary>Writes a transaction with its position (null block fields while pending).</summary>
    public static void WriteTransaction(Utf8JsonWriter writer, TransactionInfo info)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(info);
        var tx = info.Transaction;
        writer.WriteStartObject();
        Quantity(writer, "type", (ulong)tx.Type);
        if (info.BlockHash is { } blockHash)
        {
            Hash(writer, "blockHash", blockHash);
            Quantity(writer, "blockNumber", info.BlockNumber!.Value);
            Quantity(writer, "transactionIndex", (ulong)info.Index!.Value);
        }
        else
        {
            writer.WriteNull("blockHash");
            writer.WriteNull("blockNumber");
            writer.WriteNull("transactionIndex");
        }

        Hash(writer, "hash", tx.Hash);
        Address(writer, "from", info.Sender);
        AddressOrNull(writer, "to", tx.To);

        Quantity(writer, "nonce", tx.Nonce);
        Quantity(writer, "gas", tx.GasLimit);
        writer.WritePropertyName("value");
        RpcHex.WriteQuantity(writer, tx.Value);
        Data(writer, "input", tx.Data.Span);
        writer.WritePropertyName("gasPrice");
        RpcHex.WriteQuantity(writer, tx.Type >= TxType.DynamicFee ? info.EffectiveGasPrice : tx.GasPrice);
        if (tx.Type >= TxType.DynamicFee)
        {
            writer.WritePropertyName("maxFeePerGas");
            RpcHex.WriteQuantity(writer, tx.MaxFeePerGas);
            writer.WritePropertyName("maxPriorityFeePerGas");
            RpcHex.WriteQuantity(writer, tx.MaxPriorityFeePerGas);
        }

        if (tx.Type == TxType.Blob)
        {
            writer.WritePropertyName("maxFeePerBlobGas");
            RpcHex.WriteQuantity(writer, tx.MaxFeePerBlobGas);
            writer.WriteStartArray("blobVersionedHashes");
            foreach (var hash in tx.BlobVersionedHashes)
            {
                RpcHex.WriteData(writer, hash.Bytes);
            }

            writer.WriteEndArray();
        }

        if (tx.ChainId is { } chainId)
        {
            writer.WritePropertyName("chainId");
            RpcHex.WriteQuantity(writer, chainId);
        }

        if (tx.Type >= TxType.AccessList)
        {
            WriteAccessList(writer, "accessList", tx.AccessList);
            Quantity(writer, "yParity", (ulong)tx.RecoveryId);
        }

        writer.WritePropertyName("v");
        RpcHex.WriteQuantity(writer, tx.V);
        writer.WritePropertyName("r");
        RpcHex.WriteQuantity(writer, tx.R);
        writer.WritePropertyName("s");
        RpcHex.WriteQuantity(writer, tx.S);
        writer.WriteEndObject();
    }

    /// <summary>Writes an access list.</summary>
    public static void WriteAccessList(Utf8JsonWriter writer, string name, IReadOnlyList<AccessListEntry> list)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(list);
        writer.WriteStartArray(name);
        foreach (var entry in list)
        {
            writer.WriteStartObject();
            Address(writer, "address", entry.Address);
            writer.WriteStartArray("storageKeys");
            foreach (var key in entry.StorageKeys)
            {
                RpcHex.WriteData(writer, key.Bytes);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a receipt.</summary>
    public static void WriteReceipt(Utf8JsonWriter writer, ReceiptInfo receipt)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(receipt);
        writer.WriteStartObject();
        Quantity(writer, "type", (ulong)receipt.Type);
        Hash(writer, "transactionHash", receipt.TransactionHash);
        Quantity(writer, "transactionIndex", (ulong)receipt.TransactionIndex);
        Hash(writer, "blockHash", receipt.BlockHash);
        Quantity(writer, "blockNumber", receipt.BlockNumber);
        Address(writer, "from", receipt.From);
        AddressOrNull(writer, "to", receipt.To);
        AddressOrNull(writer, "contractAddress", receipt.ContractAddress);

        Quantity(writer, "cumulativeGasUsed", receipt.CumulativeGasUsed);
        Quantity(writer, "gasUsed", receipt.GasUsed);
        writer.WritePropertyName("effectiveGasPrice");
        RpcHex.WriteQuantity(writer, receipt.EffectiveGasPrice);
        Quantity(writer, "status", receipt.Success ? 1UL : 0UL);
        if (receipt.BlobGasUsed is { } blobGasUsed)
        {
            Quantity(writer, "blobGasUsed", blobGasUsed);
            writer.WritePropertyName("blobGasPrice");
            RpcHex.WriteQuantity(writer, receipt.BlobGasPrice ?? UInt256.Zero);
        }

        Data(writer, "logsBloom", receipt.Bloom.Bytes);
        writer.WriteStartArray("logs");
        foreach (var log in receipt.Logs)
        {
            WriteLog(writer, log);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a log with its position.</summary>
    public static void WriteLog(Utf8JsonWriter writer, LogInfo log)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(log);
        writer.WriteStartObject();
        Address(writer, "address", log.Log.Address);
        writer.WriteStartArray("topics");
        foreach (var topic in log.Log.Topics)
        {
            RpcHex.WriteData(writer, topic.Bytes);
        }

        writer.WriteEndArray();
        Data(writer, "data", log.Log.Data.Span);
        Quantity(writer, "blockNumber", log.BlockNumber);
        Hash(writer, "transactionHash", log.TransactionHash);
        Quantity(writer, "transactionIndex", (ulong)log.TransactionIndex);
        Hash(writer, "blockHash", log.BlockHash);
        Quantity(writer, "logIndex", (ulong)log.LogIndex);
        writer.WriteBoolean("removed", log.Removed);
        writer.WriteEndObject();
    }

    private static void Quantity(Utf8JsonWriter writer, string name, ulong value)
    {
        writer.WritePropertyName(name);
        RpcHex.WriteQuantity(writer, value);
    }

    private static void Hash(Utf8JsonWriter writer, string name, in Hash256 value)
    {
        writer.WritePropertyName(name);
        RpcHex.WriteData(writer, value.Bytes);
    }

    private static void Address(Utf8JsonWriter writer, string name, in Address value)
    {
        writer.WritePropertyName(name);
        RpcHex.WriteData(writer, value.Bytes);
    }

    /// <summary>An address, or null (a creation's <c>to</c>, a call's <c>contractAddress</c>).</summary>
    private static void AddressOrNull(Utf8JsonWriter writer, string name, Address? value)
    {
        if (value is { } address)
        {
            Address(writer, name, address);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Data(Utf8JsonWriter writer, string name, ReadOnlySpan<byte> value)
    {
        writer.WritePropertyName(name);
        RpcHex.WriteData(writer, value);
    }

}
