using System.Runtime.InteropServices;
using System.Text.Json;

namespace Glow.JsonRpc;

/// <summary>
/// The positional <c>params</c> of a request (a missing <c>params</c> is an empty list), with typed readers that
/// check the input as geth does and throw <see cref="RpcErrorException"/> with -32602 and geth's words
/// (<c>invalid argument 0: hex string without 0x prefix</c>, <c>missing value for required argument 1</c>). A JSON
/// <c>null</c> counts as missing, so optional trailing arguments may be null or absent.
/// </summary>
public readonly partial struct RpcParams
{
    private readonly JsonElement _array;

    /// <summary>Wraps a JSON array (or an undefined or null element, read as no parameters).</summary>
    /// <exception cref="ArgumentException"><paramref name="array"/> is another kind of JSON value.</exception>
    public RpcParams(JsonElement array)
    {
        if (array.ValueKind is not (JsonValueKind.Array or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            throw new ArgumentException("JSON-RPC params are a JSON array.", nameof(array));
        }

        _array = array.ValueKind == JsonValueKind.Array ? array : default;
    }

    /// <summary>No parameters.</summary>
    public static RpcParams Empty => default;

    /// <summary>How many parameters were sent (trailing nulls included).</summary>
    public int Count => _array.ValueKind == JsonValueKind.Array ? _array.GetArrayLength() : 0;

    /// <summary>True when argument <paramref name="index"/> is absent or JSON <c>null</c>.</summary>
    public bool IsMissing(int index) =>
        index >= Count || _array[index].ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    /// <summary>Argument <paramref name="index"/> as raw JSON, valid until the handler completes.</summary>
    /// <exception cref="RpcErrorException">-32602: the argument is missing.</exception>
    public JsonElement Raw(int index)
    {
        Require(index);
        return _array[index];
    }

    /// <summary>Argument <paramref name="index"/> as raw JSON, or an undefined element when missing.</summary>
    public JsonElement OptionalRaw(int index) => IsMissing(index) ? default : _array[index];

    /// <summary>Fails with geth's <c>too many arguments, want at most N</c> when more than <paramref name="count"/> were sent.</summary>
    /// <exception cref="RpcErrorException">-32602: too many arguments.</exception>
    public void AtMost(int count)
    {
        if (Count > count)
        {
            throw new RpcErrorException(RpcError.InvalidParams($"too many arguments, want at most {count}"));
        }
    }

    /// <summary>-32602 <c>invalid argument N: message</c>, for a handler's own checks of argument <paramref name="index"/>.</summary>
    public static RpcErrorException InvalidArgument(int index, string message) =>
        new(RpcError.InvalidParams($"invalid argument {index}: {message}"));

    private void Require(int index)
    {
        if (IsMissing(index))
        {
            throw new RpcErrorException(RpcError.InvalidParams($"missing value for required argument {index}"));
        }
    }

    /// <summary>The text of a JSON string as UTF-8, without quotes; null when the element is not a string.</summary>
    private static ReadOnlySpan<byte> StringContent(JsonElement element, out bool isString)
    {
        isString = element.ValueKind == JsonValueKind.String;
        if (!isString)
        {
            return default;
        }

        var raw = JsonMarshal.GetRawUtf8Value(element);
        raw = raw[1..^1];
        return raw.IndexOf((byte)'\\') < 0 ? raw : System.Text.Encoding.UTF8.GetBytes(element.GetString()!);
    }

    private static string NonString(string goType) => $"json: cannot unmarshal non-string into Go value of type {goType}";
}
