using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Glow.Conformance.Rpc;

/// <summary>
/// Compares a response with the one a conformance case expects, as hive's rpc-compat simulator does: as JSON values
/// (key order and whitespace do not matter, numbers compare by value), ignoring the text of an error's <c>message</c>
/// (clients word errors differently; the code and any <c>data</c> must agree). For <c>speconly</c> cases only the shape
/// is compared: the same kinds of values under the same keys.
/// </summary>
public static class RpcResponseComparer
{
    private const int ShownLength = 4000;

    /// <summary>The first difference between <paramref name="expected"/> and <paramref name="actual"/> as one line
    /// (the path and both values), or null when they agree.</summary>
    public static string? Difference(JsonElement expected, JsonElement actual, bool specOnly)
    {
        if (expected.ValueKind == JsonValueKind.Object && actual.ValueKind == JsonValueKind.Object
            && expected.TryGetProperty("error", out var expectedError) && actual.TryGetProperty("error", out var actualError))
        {
            // Both are errors: the message is free; everything else (jsonrpc, id, code, data) must agree.
            return CompareObjects(expected, actual, "", specOnly, skip: "error")
                ?? CompareObjects(expectedError, actualError, "error", specOnly, skip: "message");
        }

        return Compare(expected, actual, "", specOnly);
    }

    private static string? Compare(JsonElement expected, JsonElement actual, string path, bool specOnly)
    {
        if (Kind(expected) != Kind(actual))
        {
            return $"{Show(path)}: expected {Describe(expected)}, got {Describe(actual)}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                return CompareObjects(expected, actual, path, specOnly, skip: null);
            case JsonValueKind.Array:
                return CompareArrays(expected, actual, path, specOnly);
            case JsonValueKind.Number when !specOnly:
                return NumberValue(expected) == NumberValue(actual) ? null : $"{Show(path)}: expected {expected.GetRawText()}, got {actual.GetRawText()}";
            case JsonValueKind.String when !specOnly:
                return string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal) ? null : $"{Show(path)}: expected {Describe(expected)}, got {Describe(actual)}";
            case JsonValueKind.True or JsonValueKind.False when !specOnly:
                return expected.ValueKind == actual.ValueKind ? null : $"{Show(path)}: expected {expected.GetRawText()}, got {actual.GetRawText()}";
            default:
                return null;
        }
    }

    private static string? CompareObjects(JsonElement expected, JsonElement actual, string path, bool specOnly, string? skip)
    {
        foreach (var property in expected.EnumerateObject())
        {
            if (property.Name == skip)
            {
                continue;
            }

            var childPath = Child(path, property.Name);
            if (!actual.TryGetProperty(property.Name, out var value))
            {
                return $"{childPath}: missing (expected {Describe(property.Value)})";
            }

            if (Compare(property.Value, value, childPath, specOnly) is { } difference)
            {
                return difference;
            }
        }

        foreach (var property in actual.EnumerateObject())
        {
            if (property.Name != skip && !expected.TryGetProperty(property.Name, out _))
            {
                return $"{Child(path, property.Name)}: not expected (got {Describe(property.Value)})";
            }
        }

        return null;
    }

    private static string? CompareArrays(JsonElement expected, JsonElement actual, string path, bool specOnly)
    {
        var expectedLength = expected.GetArrayLength();
        var actualLength = actual.GetArrayLength();
        if (specOnly)
        {
            // By shape: every item has the shape of the first expected item (when one is there to compare with).
            if (expectedLength == 0)
            {
                return null;
            }

            var model = expected[0];
            var index = 0;
            foreach (var item in actual.EnumerateArray())
            {
                if (Compare(model, item, $"{Show(path)}[{index}]", specOnly) is { } difference)
                {
                    return difference;
                }

                index++;
            }

            return null;
        }

        if (expectedLength != actualLength)
        {
            return $"{Show(path)}: expected {expectedLength} items, got {actualLength}";
        }

        for (var i = 0; i < expectedLength; i++)
        {
            if (Compare(expected[i], actual[i], $"{Show(path)}[{i}]", specOnly) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    /// <summary>The kind of a value, with true and false one kind (a boolean).</summary>
    private static JsonValueKind Kind(JsonElement value) => value.ValueKind == JsonValueKind.False ? JsonValueKind.True : value.ValueKind;

    /// <summary>A JSON number's exact value: an integer, or a decimal fraction as numerator and power of ten.</summary>
    private static (BigInteger Mantissa, int Exponent) NumberValue(JsonElement value)
    {
        var text = value.GetRawText();
        var exponent = 0;
        var e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            exponent -= text.Length - dot - 1;
            text = text.Remove(dot, 1);
        }

        var mantissa = BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (mantissa.IsZero)
        {
            return (BigInteger.Zero, 0);
        }

        // Normalise: no trailing zeros in the mantissa, so 1, 1.0 and 10e-1 are one value.
        while (mantissa % 10 == 0)
        {
            mantissa /= 10;
            exponent++;
        }

        return (mantissa, exponent);
    }

    private static string Child(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Show(string path) => path.Length == 0 ? "(response)" : path;

    private static string Describe(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.Object ? "an object " + value.GetRawText()
            : value.ValueKind == JsonValueKind.Array ? "an array " + value.GetRawText()
            : value.GetRawText();
        return text.Length <= ShownLength ? text : string.Concat(text.AsSpan(0, ShownLength), "…");
    }
}
