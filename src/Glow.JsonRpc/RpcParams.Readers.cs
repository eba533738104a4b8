using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Glow.Core;
using Glow.Core.Numerics;
using Glow.JsonRpc.Client;

namespace Glow.JsonRpc;

public readonly partial struct RpcParams
{
    /// <summary>Argument <paramref name="index"/> as a quantity of at most 64 bits (<c>0x</c>, no leading zeros).</summary>
    /// <exception cref="RpcErrorException">-32602: missing or malformed.</exception>
    public ulong QuantityUInt64(int index)
    {
        var element = Raw(index);
        var text = StringContent(element, out bool isString);
        ulong value = 0;
        string? error = isString ? RpcHexParser.TryParseUInt64(text, out value) : NonString("hexutil.Uint64");
        return error is null ? value : throw InvalidArgument(index, error);
    }

    /// <summary>
    /// Argument <paramref name="index"/> as a 64-bit number given as a JSON number, a decimal string or a <c>0x</c> hex
    /// string (leading zeros allowed), like geth's <c>math.HexOrDecimal64</c> (the block count of <c>eth_feeHistory</c>).
    /// </summary>
    /// <exception cref="RpcErrorException">-32602: missing or malformed.</exception>
    public ulong HexOrDecimalUInt64(int index)
    {
        var element = Raw(index);
        if (element.ValueKind == JsonValueKind.Number)
        {
            return element.TryGetUInt64(out ulong number) ? number : throw InvalidArgument(index, $"invalid number {element.GetRawText()}");
        }

        var text = StringContent(element, out bool isString);
        if (!isString)
        {
            throw InvalidArgument(index, $"json: cannot unmarshal {GoKind(element)} into Go value of type math.HexOrDecimal64");
        }

        bool hex = text.Length > 2 && text[0] == (byte)'0' && (text[1] | 0x20) == (byte)'x';
        bool parsed = hex
            ? ulong.TryParse(text[2..], System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out ulong value)
            : ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
        return parsed ? value : throw InvalidArgument(index, $"invalid hex or decimal integer {System.Text.Encoding.UTF8.GetString(text)}");
    }

    /// <summary>As <see cref="QuantityUInt64"/>, or <paramref name="fallback"/> when missing or null.</summary>
    public ulong OptionalQuantityUInt64(int index, ulong fallback) => IsMissing(index) ? fallback : QuantityUInt64(index);

    /// <summary>Argument <paramref name="index"/> as a quantity of at most 256 bits (<c>0x</c>, no leading zeros).</summary>
    /// <exception cref="RpcErrorException">-32602: missing or malformed.</exception>
    public UInt256 Quantity(int index)
    {
        var element = Raw(index);
        var text = StringContent(element, out bool isString);
        UInt256 value = default;
        string? error = isString ? RpcHexParser.TryParseUInt256(text, out value) : NonString("hexutil.Big");
        return error is null ? value : throw InvalidArgument(index, error);
    }

    /// <summary>As <see cref="Quantity"/>, or <paramref name="fallback"/> when missing or null.</summary>
    public UInt256 OptionalQuantity(int index, UInt256 fallback) => IsMissing(index) ? fallback : Quantity(index);

    /// <summary>Argument <paramref name="index"/> as data: <c>0x</c> and two hex digits per byte (<c>0x</c> alone is empty).</summary>
    /// <exception cref="RpcErrorException">-32602: missing or malformed.</exception>
    public byte[] Data(int index)
    {
        var element = Raw(index);
        var text = StringContent(element, out bool isString);
        byte[] bytes = [];
        string? error = isString ? RpcHexParser.TryParseData(text, out bytes) : NonString("hexutil.Bytes");
        return error is null ? bytes : throw InvalidArgument(index, error);
    }

    /// <summary>Argument <paramref name="index"/> as a 20-byte address, in any letter case (like geth, the checksum is not enforced).</summary>
    /// <exception cref="RpcErrorException">-32602: missing or malformed.</exception>
    public Address Address(int index)
    {
        var element = Raw(index);
        var text = StringContent(element, out bool isString);
        Span<byte> bytes = stackalloc byte[Core.Address.Size];
        string? error = isString ? RpcHexParser.TryParseFixed(text, bytes, "common.Address") : NonString("common.Address");
        return error is null ? new Address(bytes) : throw InvalidArgument(index, error);
    }

    /// <summary>Argument <paramref name="index"/> as a 32-byte hash.</summary>
    /// <exception cref="RpcErrorException">-32602: missing or malformed.</exception>
    public Hash256 Hash(int index)
    {
        var element = Raw(index);
        var text = StringContent(element, out bool isString);
        Span<byte> bytes = stackalloc byte[Hash256.Size];
        string? error = isString ? RpcHexParser.TryParseFixed(text, bytes, "common.Hash") : NonString("common.Hash");
        return error is null ? new Hash256(bytes) : throw InvalidArgument(index, error);
    }

    /// <summary>Argument <paramref name="index"/> as a JSON boolean.</summary>
    /// <exception cref="RpcErrorException">-32602: missing or not a boolean.</exception>
    public bool Bool(int index)
    {
        var element = Raw(index);
        return element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw InvalidArgument(index, $"json: cannot unmarshal {GoKind(element)} into Go value of type bool"),
        };
    }

    /// <summary>As <see cref="Bool"/>, or <paramref name="fallback"/> when missing or null.</summary>
    public bool OptionalBool(int index, bool fallback) => IsMissing(index) ? fallback : Bool(index);

    /// <summary>Argument <paramref name="index"/> as a JSON string.</summary>
    /// <exception cref="RpcErrorException">-32602: missing or not a string.</exception>
    public string String(int index)
    {
        var element = Raw(index);
        return element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw InvalidArgument(index, $"json: cannot unmarshal {GoKind(element)} into Go value of type string");
    }

    /// <summary>
    /// Argument <paramref name="index"/> as an object of type <typeparamref name="T"/> (a call object, a filter, state
    /// overrides), through System.Text.Json with source-generated metadata. A <see cref="JsonException"/> or
    /// <see cref="FormatException"/> from the converters becomes <c>invalid argument N: message</c>.
    /// </summary>
    /// <exception cref="RpcErrorException">-32602: missing or not convertible.</exception>
    public T Object<T>(int index, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var element = Raw(index);
        try
        {
            return element.Deserialize(typeInfo) ?? throw InvalidArgument(index, "null value");
        }
        catch (JsonException e)
        {
            throw InvalidArgument(index, e.Message);
        }
        catch (FormatException e)
        {
            throw InvalidArgument(index, e.Message);
        }
        catch (OverflowException e)
        {
            throw InvalidArgument(index, e.Message);
        }
    }

    /// <summary>As <see cref="Object{T}(int, JsonTypeInfo{T})"/>, or <paramref name="fallback"/> when missing or null.</summary>
    public T? OptionalObject<T>(int index, JsonTypeInfo<T> typeInfo, T? fallback = default) =>
        IsMissing(index) ? fallback : Object(index, typeInfo);

    /// <summary>geth's name for the JSON kind of a value in its unmarshal errors.</summary>
    private static string GoKind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "bool",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "null",
    };
}
