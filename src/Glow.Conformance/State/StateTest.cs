using System.Text.Json;
using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.Evm.Processing;

namespace Glow.Conformance.State;

/// <summary>One test of a GeneralStateTests file, parsed: environment, pre-state, the transaction template and the expectations per fork.</summary>
internal sealed class StateTest
{
    private StateTest(string name, BlockContext block, IReadOnlyList<PreAccount> pre, JsonElement transaction, IReadOnlyDictionary<string, IReadOnlyList<PostEntry>> post)
    {
        Name = name;
        Block = block;
        Pre = pre;
        Transaction = transaction;
        Post = post;
        Sender = StateTestJson.AddressOf(transaction.GetProperty("sender"));
    }

    public string Name { get; }

    public BlockContext Block { get; }

    public IReadOnlyList<PreAccount> Pre { get; }

    public JsonElement Transaction { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<PostEntry>> Post { get; }

    public Address Sender { get; }

    /// <summary>Parses one test object.</summary>
    public static StateTest Parse(string name, JsonElement test)
    {
        var env = test.GetProperty("env");
        var number = StateTestJson.UInt64Of(env.GetProperty("currentNumber"));
        var block = new BlockContext
        {
            Coinbase = StateTestJson.AddressOf(env.GetProperty("currentCoinbase")),
            Number = number,
            Timestamp = StateTestJson.UInt64Of(env.GetProperty("currentTimestamp")),
            GasLimit = StateTestJson.UInt64Of(env.GetProperty("currentGasLimit")),
            ChainId = 1,
            BaseFee = env.TryGetProperty("currentBaseFee", out var baseFee) ? StateTestJson.UInt256Of(baseFee) : UInt256.Zero,
            Difficulty = env.TryGetProperty("currentDifficulty", out var difficulty) ? StateTestJson.UInt256Of(difficulty) : UInt256.Zero,
            PrevRandao = env.TryGetProperty("currentRandom", out var random) ? StateTestJson.HashOf(random) : Hash256.Zero,
            ExcessBlobGas = env.TryGetProperty("currentExcessBlobGas", out var excess) ? StateTestJson.UInt64Of(excess) : 0,
            BlockHashes = DecimalKeccakBlockHashes.Instance,
        };

        var pre = new List<PreAccount>();
        foreach (var account in test.GetProperty("pre").EnumerateObject())
        {
            var storage = new List<(UInt256, UInt256)>();
            foreach (var slot in account.Value.GetProperty("storage").EnumerateObject())
            {
                storage.Add((StateTestJson.TryUInt256(slot.Name, out var key) ? key : throw new InvalidDataException($"bad slot {slot.Name}"), StateTestJson.UInt256Of(slot.Value)));
            }

            pre.Add(new PreAccount(
                StateTestJson.AddressOf(account.Name),
                StateTestJson.UInt256Of(account.Value.GetProperty("balance")),
                StateTestJson.UInt64Of(account.Value.GetProperty("nonce")),
                StateTestJson.BytesOf(account.Value.GetProperty("code")),
                storage));
        }

        var post = new Dictionary<string, IReadOnlyList<PostEntry>>(StringComparer.Ordinal);
        foreach (var fork in test.GetProperty("post").EnumerateObject())
        {
            var entries = new List<PostEntry>();
            foreach (var entry in fork.Value.EnumerateArray())
            {
                var indexes = entry.GetProperty("indexes");
                entries.Add(new PostEntry(
                    indexes.GetProperty("data").GetInt32(),
                    indexes.GetProperty("gas").GetInt32(),
                    indexes.GetProperty("value").GetInt32(),
                    StateTestJson.HashOf(entry.GetProperty("hash")),
                    StateTestJson.HashOf(entry.GetProperty("logs")),
                    entry.TryGetProperty("expectException", out var exception) ? exception.GetString() : null));
            }

            post[fork.Name] = entries;
        }

        return new StateTest(name, block, pre, test.GetProperty("transaction").Clone(), post);
    }

    /// <summary>The transaction for one (data, gas, value) combination; null when a field is out of range (an invalid encoding).</summary>
    public Transaction? BuildTransaction(PostEntry entry)
    {
        var tx = Transaction;
        if (!StateTestJson.TryUInt256(tx.GetProperty("value")[entry.Value].GetString()!, out var value))
        {
            return null;
        }

        var toText = tx.GetProperty("to").GetString();
        Address? to = string.IsNullOrEmpty(toText) ? null : StateTestJson.AddressOf(toText);
        var accessList = ReadAccessList(tx, entry.Data);
        var hasBlobs = tx.TryGetProperty("blobVersionedHashes", out var blobHashes);
        var type = hasBlobs ? TxType.Blob
            : tx.TryGetProperty("maxFeePerGas", out _) ? TxType.DynamicFee
            : accessList is not null ? TxType.AccessList
            : TxType.Legacy;
        return new Transaction
        {
            Type = type,
            ChainId = 1,
            Nonce = StateTestJson.UInt64Of(tx.GetProperty("nonce")),
            GasPrice = tx.TryGetProperty("gasPrice", out var gasPrice) ? StateTestJson.UInt256Of(gasPrice) : UInt256.Zero,
            MaxFeePerGas = tx.TryGetProperty("maxFeePerGas", out var maxFee) ? StateTestJson.UInt256Of(maxFee) : UInt256.Zero,
            MaxPriorityFeePerGas = tx.TryGetProperty("maxPriorityFeePerGas", out var tip) ? StateTestJson.UInt256Of(tip) : UInt256.Zero,
            GasLimit = StateTestJson.UInt64Of(tx.GetProperty("gasLimit")[entry.Gas]),
            To = to,
            Value = value,
            Data = StateTestJson.BytesOf(tx.GetProperty("data")[entry.Data]),
            AccessList = accessList ?? [],
            MaxFeePerBlobGas = tx.TryGetProperty("maxFeePerBlobGas", out var blobFee) ? StateTestJson.UInt256Of(blobFee) : UInt256.Zero,
            BlobVersionedHashes = hasBlobs ? [.. blobHashes.EnumerateArray().Select(StateTestJson.HashOf)] : [],
        };
    }

    private static List<AccessListEntry>? ReadAccessList(JsonElement tx, int dataIndex)
    {
        if (!tx.TryGetProperty("accessLists", out var lists) || lists.ValueKind != JsonValueKind.Array || dataIndex >= lists.GetArrayLength())
        {
            return null;
        }

        var list = lists[dataIndex];
        if (list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var entries = new List<AccessListEntry>();
        foreach (var item in list.EnumerateArray())
        {
            var keys = item.GetProperty("storageKeys").EnumerateArray().Select(StateTestJson.HashOf).ToList();
            entries.Add(new AccessListEntry(StateTestJson.AddressOf(item.GetProperty("address")), keys));
        }

        return entries;
    }

    /// <summary>An account of the pre-state.</summary>
    public sealed record PreAccount(Address Address, UInt256 Balance, ulong Nonce, byte[] Code, IReadOnlyList<(UInt256 Slot, UInt256 Value)> Storage);

    /// <summary>One expectation: the indexes, the post-state root, the logs hash and the exception, if the transaction is invalid.</summary>
    public sealed record PostEntry(int Data, int Gas, int Value, Hash256 Hash, Hash256 Logs, string? ExpectException);

    /// <summary>The block hashes the state tests assume: Keccak-256 of the block number written in decimal (as geth's runner).</summary>
    private sealed class DecimalKeccakBlockHashes : IBlockHashProvider
    {
        public static DecimalKeccakBlockHashes Instance { get; } = new();

        public Hash256? GetBlockHash(ulong number) =>
            Keccak256.Compute(System.Text.Encoding.ASCII.GetBytes(number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
