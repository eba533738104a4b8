using System.Text.Json;
using Glow.Core.Numerics;

namespace Glow.Core.Chain;

/// <summary>
/// Reads the scalar values of a chainspec strictly, naming the field on any error: whole numbers written as JSON
/// numbers (digits only) or strings (decimal, or <c>0x</c> hex), addresses, strings, booleans.
/// </summary>
internal static class ChainSpecValues
{
    private const int ShownLength = 60;

    /// <summary>A number in [0, 2^64 − 1].</summary>
    public static ulong ReadUInt64(JsonElement value, string path)
    {
        var number = Number(value, path, "2^64-1");
        return number.IsUInt64 ? (ulong)number : throw OutOfRange(value, path, "2^64-1");
    }

    /// <summary>A number in [0, 2^256 − 1].</summary>
    public static UInt256 ReadUInt256(JsonElement value, string path) => Number(value, path, "2^256-1");

    /// <summary>An address: <c>0x</c> and 40 hex digits, with a valid EIP-55 checksum when in mixed case.</summary>
    public static Address ReadAddress(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.String && Address.TryParse(value.GetString(), out var address))
        {
            return address;
        }

        throw new ChainSpecException(path, $"expected an address (0x and 40 hex digits, EIP-55 checksum when in mixed case), got {Show(value)}");
    }

    /// <summary>A JSON string that is not empty.</summary>
    public static string ReadNonEmptyString(JsonElement value, string path)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return string.IsNullOrEmpty(text) ? throw new ChainSpecException(path, $"expected a non-empty string, got {Show(value)}") : text;
    }

    /// <summary>A JSON string, possibly empty.</summary>
    public static string ReadString(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new ChainSpecException(path, $"expected a string, got {Show(value)}");

    /// <summary>A JSON boolean.</summary>
    public static bool ReadBoolean(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ChainSpecException(path, $"expected true or false, got {Show(value)}"),
    };

    /// <summary>The value as the message shows it: its JSON text, shortened.</summary>
    public static string Show(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => value.GetRawText(),
        };
        return text.Length <= ShownLength ? text : string.Concat(text.AsSpan(0, ShownLength - 3), "...");
    }

    private static UInt256 Number(JsonElement value, string path, string bound)
    {
        string text;
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                text = value.GetRawText();
                if (text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.OrdinalIgnoreCase))
                {
                    throw new ChainSpecException(path, $"expected a whole number written with digits only, got {Show(value)}");
                }

                break;
            case JsonValueKind.String:
                text = value.GetString()!;
                break;
            default:
                throw OutOfRange(value, path, bound);
        }

        if (text.StartsWith('-'))
        {
            throw new ChainSpecException(path, $"expected a non-negative number, got {Show(value)}");
        }

        return UInt256.TryParse(text, out var number) ? number : throw OutOfRange(value, path, bound);
    }

    private static ChainSpecException OutOfRange(JsonElement value, string path, string bound) =>
        new(path, $"expected a number of at most {bound} (decimal, or hex with 0x), got {Show(value)}");
}
