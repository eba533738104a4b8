using Glow.Core.Numerics;

namespace Glow.JsonRpc.Client;

/// <summary>
/// Parses the hex strings of JSON-RPC (the text between the quotes, as UTF-8) with geth's rules and words, shared by
/// the server's parameter readers and the wire converters. Each method returns null on success or geth's error text
/// (<c>hex string without 0x prefix</c>, <c>hex number with leading zero digits</c>, ...), since ethers and viem
/// show those texts to users (rpc.md, rule 6).
/// </summary>
public static class RpcHexParser
{
    /// <summary>geth: an empty string where hex was expected.</summary>
    public const string EmptyString = "empty hex string";

    /// <summary>geth: the text does not start with <c>0x</c>.</summary>
    public const string MissingPrefix = "hex string without 0x prefix";

    /// <summary>geth: a quantity of just <c>0x</c>.</summary>
    public const string EmptyNumber = "hex string \"0x\"";

    /// <summary>geth: a quantity such as <c>0x0123</c> (quantities have no leading zeros; rpc.md, rule 1).</summary>
    public const string LeadingZero = "hex number with leading zero digits";

    /// <summary>geth: a character that is not a hex digit.</summary>
    public const string Syntax = "invalid hex string";

    /// <summary>geth: data with an odd number of digits.</summary>
    public const string OddLength = "hex string of odd length";

    /// <summary>geth: a 64-bit quantity too large.</summary>
    public const string UInt64Range = "hex number > 64 bits";

    /// <summary>geth: a 256-bit quantity too large.</summary>
    public const string UInt256Range = "hex number > 256 bits";

    /// <summary>Parses a quantity of at most 64 bits.</summary>
    public static string? TryParseUInt64(ReadOnlySpan<byte> text, out ulong value)
    {
        value = 0;
        string? error = CheckNumber(text, out var digits);
        if (error is not null)
        {
            return error;
        }

        if (digits.Length > 16)
        {
            return UInt64Range;
        }

        foreach (byte c in digits)
        {
            int nibble = Nibble(c);
            if (nibble < 0)
            {
                value = 0;
                return Syntax;
            }

            value = (value << 4) | (uint)nibble;
        }

        return null;
    }

    /// <summary>Parses a quantity of at most 256 bits.</summary>
    public static string? TryParseUInt256(ReadOnlySpan<byte> text, out UInt256 value)
    {
        value = default;
        string? error = CheckNumber(text, out var digits);
        if (error is not null)
        {
            return error;
        }

        if (digits.Length > 64)
        {
            return UInt256Range;
        }

        Span<ulong> limbs = stackalloc ulong[4];
        for (int i = 0; i < digits.Length; i++)
        {
            int nibble = Nibble(digits[digits.Length - 1 - i]);
            if (nibble < 0)
            {
                return Syntax;
            }

            limbs[i >> 4] |= (ulong)nibble << ((i & 15) * 4);
        }

        value = new UInt256(limbs[0], limbs[1], limbs[2], limbs[3]);
        return null;
    }

    /// <summary>Parses data (<c>0x</c> and two digits per byte, either case; <c>0x</c> alone is empty data).</summary>
    public static string? TryParseData(ReadOnlySpan<byte> text, out byte[] bytes)
    {
        bytes = [];
        string? error = CheckData(text, out var digits);
        if (error is not null)
        {
            return error;
        }

        var result = new byte[digits.Length / 2];
        error = Decode(digits, result);
        if (error is null)
        {
            bytes = result;
        }

        return error;
    }

    /// <summary>
    /// Parses data of exactly <c>destination.Length</c> bytes (an address, a hash); a wrong length gives geth's
    /// <c>hex string has length N, want M for <paramref name="typeName"/></c>.
    /// </summary>
    public static string? TryParseFixed(ReadOnlySpan<byte> text, Span<byte> destination, string typeName)
    {
        string? error = CheckData(text, out var digits);
        if (error is not null)
        {
            return error;
        }

        if (digits.Length != destination.Length * 2)
        {
            return $"hex string has length {digits.Length}, want {destination.Length * 2} for {typeName}";
        }

        return Decode(digits, destination);
    }

    private static string? CheckNumber(ReadOnlySpan<byte> text, out ReadOnlySpan<byte> digits)
    {
        if (StripPrefix(text, out digits) is { } error)
        {
            return error;
        }

        if (digits.IsEmpty)
        {
            return EmptyNumber;
        }

        return digits.Length > 1 && digits[0] == (byte)'0' ? LeadingZero : null;
    }

    private static string? CheckData(ReadOnlySpan<byte> text, out ReadOnlySpan<byte> digits) =>
        StripPrefix(text, out digits) ?? (digits.Length % 2 != 0 ? OddLength : null);

    /// <summary>The digits after <c>0x</c>; geth's error for an empty string or a missing prefix.</summary>
    private static string? StripPrefix(ReadOnlySpan<byte> text, out ReadOnlySpan<byte> digits)
    {
        digits = default;
        if (text.IsEmpty)
        {
            return EmptyString;
        }

        if (!HasPrefix(text))
        {
            return MissingPrefix;
        }

        digits = text[2..];
        return null;
    }

    private static string? Decode(ReadOnlySpan<byte> digits, Span<byte> destination)
    {
        for (int i = 0; i < destination.Length; i++)
        {
            int high = Nibble(digits[2 * i]);
            int low = Nibble(digits[(2 * i) + 1]);
            if ((high | low) < 0)
            {
                return Syntax;
            }

            destination[i] = (byte)((high << 4) | low);
        }

        return null;
    }

    private static bool HasPrefix(ReadOnlySpan<byte> text) =>
        text.Length >= 2 && text[0] == (byte)'0' && (text[1] == (byte)'x' || text[1] == (byte)'X');

    private static int Nibble(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
