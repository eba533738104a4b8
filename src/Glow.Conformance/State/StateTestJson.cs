using System.Globalization;
using System.Text.Json;
using Glow.Core;
using Glow.Core.Encoding;
using Glow.Core.Numerics;

namespace Glow.Conformance.State;

/// <summary>Reading the hex values of the ethereum/tests JSON format (<c>0x…</c>, and <c>0x:bigint 0x…</c> for out-of-range values).</summary>
internal static class StateTestJson
{
    /// <summary>A 256-bit value; false when it does not fit (the suite's way of writing an invalid field).</summary>
    public static bool TryUInt256(string text, out UInt256 value)
    {
        var digits = Digits(text);
        if (digits.Length > 64)
        {
            digits = digits.TrimStart('0');
        }

        if (digits.Length > 64)
        {
            value = default;
            return false;
        }

        value = digits.Length == 0 ? UInt256.Zero : UInt256.Parse("0x" + digits);
        return true;
    }

    public static UInt256 UInt256Of(JsonElement element) =>
        TryUInt256(element.GetString()!, out var value) ? value : throw new InvalidDataException($"value out of range: {element.GetString()}");

    public static ulong UInt64Of(JsonElement element)
    {
        var digits = Digits(element.GetString()!);
        return digits.Length == 0 ? 0 : ulong.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }

    public static byte[] BytesOf(JsonElement element) => BytesOf(element.GetString()!);

    public static byte[] BytesOf(string text) => Hex.Decode(Digits(text));

    public static Address AddressOf(JsonElement element) => AddressOf(element.GetString()!);

    public static Address AddressOf(string text) =>
        Address.TryParseIgnoringChecksum(text, out var address) ? address : throw new InvalidDataException($"not an address: {text}");

    public static Hash256 HashOf(JsonElement element) => Hash256.Parse(element.GetString()!);

    private static string Digits(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.StartsWith("0x:bigint ", StringComparison.Ordinal))
        {
            span = span["0x:bigint ".Length..];
        }

        if (span.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            span = span[2..];
        }

        return span.ToString();
    }
}
