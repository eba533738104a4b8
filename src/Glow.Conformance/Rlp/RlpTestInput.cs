using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Glow.Conformance.Rlp;

/// <summary>
/// Reads the <c>in</c> value of an RLPTests case into an <see cref="RlpNode"/>: a JSON array is a list, a JSON
/// string is its UTF-8 bytes, a JSON number is an integer, and a string <c>#digits</c> is a big integer
/// (decimal). Integers become their big-endian bytes without leading zeros.
/// </summary>
internal static class RlpTestInput
{
    /// <summary>The tree <paramref name="value"/> describes.</summary>
    /// <exception cref="FormatException">The value is not one of the forms above.</exception>
    public static RlpNode Parse(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                var items = new RlpNode[value.GetArrayLength()];
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    items[i++] = Parse(item);
                }

                return RlpNode.FromItems(items);

            case JsonValueKind.Number:
                return RlpNode.FromInteger(ParseInteger(value.GetRawText()));

            case JsonValueKind.String:
                var text = value.GetString()!;
                return text.StartsWith('#')
                    ? RlpNode.FromInteger(ParseInteger(text[1..]))
                    : RlpNode.FromBytes(Encoding.UTF8.GetBytes(text));

            default:
                throw new FormatException($"unsupported 'in' value of kind {value.ValueKind}");
        }
    }

    private static byte[] ParseInteger(string digits)
    {
        if (!BigInteger.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new FormatException($"'{digits}' is not a non-negative decimal integer");
        }

        return number.IsZero ? [] : number.ToByteArray(isUnsigned: true, isBigEndian: true);
    }
}
