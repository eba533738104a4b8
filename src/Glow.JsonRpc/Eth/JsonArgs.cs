using System.Text;
using System.Text.Json;
using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Transactions;
using Glow.JsonRpc.Client;
using Glow.Node.Api;

namespace Glow.JsonRpc.Eth;

/// <summary>
/// Reads the object arguments of the eth namespace (call requests, state overrides, log filters) with -32602 errors that
/// name the argument and the field, in geth's words where geth has them.
/// </summary>
public static class JsonArgs
{
    /// <summary>A <c>GenericTransaction</c> object (eth_call, eth_estimateGas, eth_createAccessList, debug_traceCall).</summary>
    public static CallRequest CallRequest(JsonElement element, int index)
    {
        RequireObject(element, index, "TransactionArgs");
        var input = Bytes(element, "input", index);
        var data = Bytes(element, "data", index);
        if (input is not null && data is not null && !input.AsSpan().SequenceEqual(data))
        {
            throw RpcParams.InvalidArgument(index, "both \"data\" and \"input\" are set and not equal. Please use \"input\" to pass transaction call data");
        }

        var request = new CallRequest
        {
            From = Address(element, "from", index),
            To = Address(element, "to", index),
            Gas = UInt64(element, "gas", index),
            GasPrice = UInt256(element, "gasPrice", index),
            MaxFeePerGas = UInt256(element, "maxFeePerGas", index),
            MaxPriorityFeePerGas = UInt256(element, "maxPriorityFeePerGas", index),
            Value = UInt256(element, "value", index),
            Input = input ?? data ?? [],
            Nonce = UInt64(element, "nonce", index),
            AccessList = AccessList(element, index),
        };
        if (request.GasPrice is not null && (request.MaxFeePerGas is not null || request.MaxPriorityFeePerGas is not null))
        {
            throw RpcParams.InvalidArgument(index, "both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified");
        }

        return request;
    }

    /// <summary>A state override set: address → balance, nonce, code, state or stateDiff.</summary>
    public static IReadOnlyDictionary<Address, AccountOverride>? Overrides(JsonElement element, int index)
    {
        if (element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        RequireObject(element, index, "StateOverride");
        var result = new Dictionary<Address, AccountOverride>();
        foreach (var property in element.EnumerateObject())
        {
            var address = ParseAddress(property.Name, index, "state override");
            var value = property.Value;
            RequireObject(value, index, "OverrideAccount");
            result[address] = new AccountOverride
            {
                Balance = UInt256(value, "balance", index),
                Nonce = UInt64(value, "nonce", index),
                Code = Bytes(value, "code", index) is { } code ? code : null,
                State = Slots(value, "state", index),
                StateDiff = Slots(value, "stateDiff", index),
            };
        }

        return result;
    }

    /// <summary>A log filter (eth_getLogs, eth_newFilter, logs subscriptions).</summary>
    public static LogFilter Filter(JsonElement element, int index, bool allowRange = true)
    {
        RequireObject(element, index, "FilterCriteria");
        Hash256? blockHash = null;
        if (element.TryGetProperty("blockHash", out var hash) && hash.ValueKind != JsonValueKind.Null)
        {
            blockHash = ParseHash(hash, index, "blockHash");
        }

        var hasRange = Present(element, "fromBlock") || Present(element, "toBlock");
        if (blockHash is not null && hasRange)
        {
            throw RpcParams.InvalidArgument(index, "cannot specify both BlockHash and FromBlock/ToBlock, choose one or the other");
        }

        if (!allowRange && hasRange)
        {
            throw RpcParams.InvalidArgument(index, "fromBlock and toBlock are not supported here");
        }

        return new LogFilter
        {
            BlockHash = blockHash,
            FromBlock = Tag(element, "fromBlock", index),
            ToBlock = Tag(element, "toBlock", index),
            Addresses = Addresses(element, index),
            Topics = Topics(element, index),
        };
    }

    /// <summary>
    /// A storage key argument, read as geth does: hex with <c>0x</c>, at most 32 bytes, left-padded when shorter (so
    /// <c>0x0</c>, <c>0x01</c> and the 66-character word wallets send all work, and an odd digit count gets a leading
    /// zero). A key that is not hex or too long is a server error (-32000, <c>unable to decode storage key: ...</c>), as
    /// geth and the execution-apis cases have it; a key that is not a string is an invalid argument.
    /// </summary>
    public static UInt256 StorageSlot(RpcParams p, int index)
    {
        var raw = p.Raw(index);
        if (raw.ValueKind != JsonValueKind.String)
        {
            throw new RpcErrorException(RpcError.InvalidParams($"invalid argument {index}: a storage key is a hex string"));
        }

        var text = raw.GetString()!;
        var digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text.AsSpan(2) : text.AsSpan();
        if (digits.Length > 64)
        {
            throw new RpcErrorException(RpcError.Server("unable to decode storage key: hex string too long, want at most 32 bytes"));
        }

        Span<char> padded = stackalloc char[64];
        padded.Fill('0');
        digits.CopyTo(padded[(64 - digits.Length)..]);
        Span<byte> word = stackalloc byte[32];
        if (!text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || !Core.Encoding.Hex.TryDecode(padded, word))
        {
            throw new RpcErrorException(RpcError.Server("unable to decode storage key: hex string invalid"));
        }

        return Core.Numerics.UInt256.FromBigEndian(word);
    }

    private static BlockTag Tag(JsonElement element, string name, int index)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return BlockTag.Latest;
        }

        var error = RpcParams.TryParseBlockTag(value, allowHash: false, out var selector);
        return error is null ? selector : throw RpcParams.InvalidArgument(index, $"{name}: {error}");
    }

    private static List<Address> Addresses(JsonElement element, int index)
    {
        var list = new List<Address>();
        if (!element.TryGetProperty("address", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return list;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            list.Add(ParseAddress(value.GetString()!, index, "address"));
            return list;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw RpcParams.InvalidArgument(index, "invalid addresses in query");
        }

        foreach (var item in value.EnumerateArray())
        {
            list.Add(item.ValueKind == JsonValueKind.String ? ParseAddress(item.GetString()!, index, "address") : throw RpcParams.InvalidArgument(index, "invalid address"));
        }

        return list;
    }

    private static List<IReadOnlyList<Hash256>?> Topics(JsonElement element, int index)
    {
        var topics = new List<IReadOnlyList<Hash256>?>();
        if (!element.TryGetProperty("topics", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return topics;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw RpcParams.InvalidArgument(index, "invalid topics");
        }

        foreach (var position in value.EnumerateArray())
        {
            switch (position.ValueKind)
            {
                case JsonValueKind.Null:
                    topics.Add(null);
                    break;
                case JsonValueKind.String:
                    topics.Add([ParseHash(position, index, "topic")]);
                    break;
                case JsonValueKind.Array:
                    var any = new List<Hash256>();
                    foreach (var item in position.EnumerateArray())
                    {
                        if (item.ValueKind != JsonValueKind.Null)
                        {
                            any.Add(ParseHash(item, index, "topic"));
                        }
                    }

                    topics.Add(any.Count == 0 ? null : any);
                    break;
                default:
                    throw RpcParams.InvalidArgument(index, "invalid topic(s)");
            }
        }

        if (topics.Count > 4)
        {
            throw RpcParams.InvalidArgument(index, "exceed max topics");
        }

        return topics;
    }

    private static List<AccessListEntry>? AccessList(JsonElement element, int index)
    {
        if (!element.TryGetProperty("accessList", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw RpcParams.InvalidArgument(index, "accessList: expected an array");
        }

        var list = new List<AccessListEntry>();
        foreach (var entry in value.EnumerateArray())
        {
            RequireObject(entry, index, "AccessTuple");
            var address = Address(entry, "address", index) ?? throw RpcParams.InvalidArgument(index, "accessList: missing address");
            var keys = new List<Hash256>();
            if (entry.TryGetProperty("storageKeys", out var keyList) && keyList.ValueKind == JsonValueKind.Array)
            {
                foreach (var key in keyList.EnumerateArray())
                {
                    keys.Add(ParseHash(key, index, "storageKeys"));
                }
            }

            list.Add(new AccessListEntry(address, keys));
        }

        return list;
    }

    private static Dictionary<UInt256, UInt256>? Slots(JsonElement element, string name, int index)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        RequireObject(value, index, name);
        var slots = new Dictionary<UInt256, UInt256>();
        foreach (var property in value.EnumerateObject())
        {
            var slot = ParseHash(property.Name, index, name);
            var content = property.Value.ValueKind == JsonValueKind.String
                ? ParseHash(property.Value.GetString()!, index, name)
                : throw RpcParams.InvalidArgument(index, $"{name}: expected a 32-byte hex value");
            slots[Core.Numerics.UInt256.FromBigEndian(slot.Bytes)] = Core.Numerics.UInt256.FromBigEndian(content.Bytes);
        }

        return slots;
    }

    private static void RequireObject(JsonElement element, int index, string type)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw RpcParams.InvalidArgument(index, $"json: cannot unmarshal {Kind(element)} into Go value of type {type}");
        }
    }

    private static bool Present(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    private static Address? Address(JsonElement element, string name, int index) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? ParseAddress(value.GetString()!, index, name) : throw Wrong(index, name, "common.Address", value)
            : null;

    private static ulong? UInt64(JsonElement element, string name, int index)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Wrong(index, name, "hexutil.Uint64", value);
        }

        var error = RpcHexParser.TryParseUInt64(Encoding.UTF8.GetBytes(value.GetString()!), out var result);
        return error is null ? result : throw RpcParams.InvalidArgument(index, $"{name}: {error}");
    }

    private static UInt256? UInt256(JsonElement element, string name, int index)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Wrong(index, name, "hexutil.Big", value);
        }

        var error = RpcHexParser.TryParseUInt256(Encoding.UTF8.GetBytes(value.GetString()!), out var result);
        return error is null ? result : throw RpcParams.InvalidArgument(index, $"{name}: {error}");
    }

    private static byte[]? Bytes(JsonElement element, string name, int index)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Wrong(index, name, "hexutil.Bytes", value);
        }

        var error = RpcHexParser.TryParseData(Encoding.UTF8.GetBytes(value.GetString()!), out var bytes);
        return error is null ? bytes : throw RpcParams.InvalidArgument(index, $"{name}: {error}");
    }

    private static Address ParseAddress(string text, int index, string name)
    {
        Span<byte> bytes = stackalloc byte[Core.Address.Size];
        var error = RpcHexParser.TryParseFixed(Encoding.UTF8.GetBytes(text), bytes, "common.Address");
        return error is null ? new Address(bytes) : throw RpcParams.InvalidArgument(index, $"{name}: {error}");
    }

    private static Hash256 ParseHash(JsonElement value, int index, string name) =>
        value.ValueKind == JsonValueKind.String ? ParseHash(value.GetString()!, index, name) : throw Wrong(index, name, "common.Hash", value);

    private static Hash256 ParseHash(string text, int index, string name)
    {
        Span<byte> bytes = stackalloc byte[Hash256.Size];
        var error = RpcHexParser.TryParseFixed(Encoding.UTF8.GetBytes(text), bytes, "common.Hash");
        return error is null ? new Hash256(bytes) : throw RpcParams.InvalidArgument(index, $"{name}: {error}");
    }

    private static RpcErrorException Wrong(int index, string name, string type, JsonElement value) =>
        RpcParams.InvalidArgument(index, $"json: cannot unmarshal {Kind(value)} into Go struct field .{name} of type {type}");

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => "number",
        JsonValueKind.String => "string",
        JsonValueKind.Array => "array",
        JsonValueKind.True or JsonValueKind.False => "bool",
        JsonValueKind.Object => "object",
        _ => "null",
    };
}
