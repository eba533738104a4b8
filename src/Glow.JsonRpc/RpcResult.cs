using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Glow.Core;
using Glow.Core.Numerics;

namespace Glow.JsonRpc;

/// <summary>
/// What a handler answers: a result value (written into the response by the server, straight to the wire) or an
/// <see cref="RpcError"/>. The common shapes (quantity, data, hash, address, bool, string, null) are stored
/// inline and written without allocating; anything else is written by a callback on a <see cref="Utf8JsonWriter"/>.
/// </summary>
public readonly struct RpcResult
{
    private readonly UInt256 _value;
    private readonly object? _reference;
    private readonly RpcResultKind _kind;

    private RpcResult(RpcResultKind kind, in UInt256 value, object? reference)
    {
        _kind = kind;
        _value = value;
        _reference = reference;
    }

    /// <summary>JSON <c>null</c> (also the default value of this struct).</summary>
    public static RpcResult Null => default;

    /// <summary><c>true</c> when this is an error rather than a result.</summary>
    public bool IsError => _kind == RpcResultKind.Error;

    /// <summary>The error, or null for a result.</summary>
    public RpcError? Error => _kind == RpcResultKind.Error ? (RpcError)_reference! : null;

    /// <summary>A quantity: <c>0x</c> + lowercase hex without leading zeros; zero is <c>0x0</c> (rpc.md, rule 1).</summary>
    public static RpcResult Quantity(ulong value) => new(RpcResultKind.Quantity, new UInt256(value), null);

    /// <summary>A quantity: <c>0x</c> + lowercase hex without leading zeros; zero is <c>0x0</c> (rpc.md, rule 1).</summary>
    public static RpcResult Quantity(in UInt256 value) => new(RpcResultKind.Quantity, value, null);

    /// <summary>Data: <c>0x</c> + two lowercase hex digits per byte (<c>0x</c> when empty). The array is not copied: do not change it.</summary>
    public static RpcResult Data(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new(RpcResultKind.Data, default, bytes);
    }

    /// <summary>Data, copied from <paramref name="bytes"/>.</summary>
    public static RpcResult Data(ReadOnlySpan<byte> bytes) => new(RpcResultKind.Data, default, bytes.ToArray());

    /// <summary>A 32-byte hash as data (stored inline, no allocation).</summary>
    public static RpcResult Hash(in Hash256 hash) => new(RpcResultKind.Hash, UInt256.FromBigEndian(hash.Bytes), null);

    /// <summary>A 20-byte address as lowercase data (stored inline, no allocation).</summary>
    public static RpcResult Address(in Address address) => new(RpcResultKind.Address, UInt256.FromBigEndian(address.Bytes), null);

    /// <summary>JSON <c>true</c> or <c>false</c>.</summary>
    public static RpcResult Bool(bool value) => new(RpcResultKind.Bool, new UInt256(value ? 1UL : 0UL), null);

    /// <summary>A JSON string (escaped as needed); null gives JSON <c>null</c>.</summary>
    public static RpcResult String(string? value) => value is null ? Null : new(RpcResultKind.String, default, value);

    /// <summary>
    /// A value written by <paramref name="write"/>, which must write exactly one JSON value (an object, an array, ...).
    /// It runs after the handler returns and must not block. In a response it runs before the request is released,
    /// so it may still read the call's parameters; in a notification (<see cref="RpcSubscription.Notify"/>) it runs
    /// later on the connection's sender, so it must capture only its own data. If it throws, the call is answered
    /// with -32603 instead (nothing half-written is sent).
    /// </summary>
    public static RpcResult Json(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return new(RpcResultKind.Writer, default, write);
    }

    /// <summary>
    /// Already-serialized UTF-8 JSON (one value), copied to the response as is, without validation: for a value
    /// computed once and sent many times (a block sent to every <c>newHeads</c> subscriber).
    /// </summary>
    public static RpcResult RawJson(byte[] utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return new(RpcResultKind.RawJson, default, utf8Json);
    }

    /// <summary>Serializes <paramref name="value"/> with System.Text.Json metadata (source-generated: no reflection).</summary>
    public static RpcResult Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return Json(writer => JsonSerializer.Serialize(writer, value, typeInfo));
    }

    /// <summary>The error answer <paramref name="error"/>.</summary>
    public static RpcResult Fail(RpcError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(RpcResultKind.Error, default, error);
    }

    /// <summary>An error answer, for <c>return RpcError.InvalidParams("...");</c>.</summary>
    public static implicit operator RpcResult(RpcError error) => Fail(error);

    /// <summary>Writes the result value (not the envelope) to <paramref name="writer"/>.</summary>
    /// <exception cref="InvalidOperationException">This is an error, which has no value.</exception>
    public void WriteValue(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (_kind)
        {
            case RpcResultKind.Null:
                writer.WriteNullValue();
                break;
            case RpcResultKind.Quantity:
                RpcHex.WriteQuantity(writer, in _value);
                break;
            case RpcResultKind.Bool:
                writer.WriteBooleanValue(_value.U0 != 0);
                break;
            case RpcResultKind.String:
                writer.WriteStringValue((string)_reference!);
                break;
            case RpcResultKind.Data:
                RpcHex.WriteData(writer, (byte[])_reference!);
                break;
            case RpcResultKind.Hash:
                WriteFixed(writer, in _value, Hash256.Size);
                break;
            case RpcResultKind.Address:
                WriteFixed(writer, in _value, Core.Address.Size);
                break;
            case RpcResultKind.RawJson:
                writer.WriteRawValue((byte[])_reference!, skipInputValidation: true);
                break;
            case RpcResultKind.Writer:
                ((Action<Utf8JsonWriter>)_reference!)(writer);
                break;
            default:
                throw new InvalidOperationException("An error result has no value to write.");
        }
    }

    /// <summary>The result value as a JSON string (for tests and logs; allocates).</summary>
    public override string ToString()
    {
        if (IsError)
        {
            return $"error {Error!.Code}: {Error.Message}";
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, RpcJson.WriterOptions))
        {
            WriteValue(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteFixed(Utf8JsonWriter writer, in UInt256 value, int size)
    {
        Span<byte> bytes = stackalloc byte[32];
        value.WriteBigEndian(bytes);
        RpcHex.WriteData(writer, bytes[(32 - size)..]);
    }
}
