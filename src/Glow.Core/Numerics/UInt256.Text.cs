using System.Diagnostics.CodeAnalysis;

namespace Glow.Core.Numerics;

public readonly partial struct UInt256 : ISpanFormattable, ISpanParsable<UInt256>
{
    private const ulong TenPow19 = 10_000_000_000_000_000_000;

    /// <summary>Most decimal digits of a UInt256: 2^256 − 1 has 78.</summary>
    private const int MaxDecimalDigits = 78;

    /// <summary>The decimal digits, culture-invariant, without sign or separators.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats with <paramref name="format"/>: <c>null</c>, empty, <c>"D"</c> or <c>"d"</c> for decimal; <c>"x"</c>
    /// for lowercase and <c>"X"</c> for uppercase hexadecimal without prefix or leading zeros. The
    /// provider is ignored: the text is always invariant.
    /// </summary>
    /// <exception cref="FormatException">Any other format string.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[MaxDecimalDigits];
        if (!TryFormat(buffer, out int written, format, formatProvider))
        {
            throw new InvalidOperationException("A UInt256 always fits in 78 characters.");
        }

        return new string(buffer[..written]);
    }

    /// <summary>The Ethereum JSON-RPC quantity: <c>0x</c> and lowercase hex without leading zeros; zero is <c>0x0</c>.</summary>
    public string ToHexString()
    {
        Span<char> buffer = stackalloc char[66];
        buffer[0] = '0';
        buffer[1] = 'x';
        int written = FormatHex(buffer[2..], uppercase: false);
        return new string(buffer[..(2 + written)]);
    }

    /// <summary>Formats into <paramref name="destination"/>; see <see cref="ToString(string?, IFormatProvider?)"/> for the formats.</summary>
    /// <returns>False when <paramref name="destination"/> is too short (then <paramref name="charsWritten"/> is 0).</returns>
    /// <exception cref="FormatException">An unsupported format string.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        bool hex;
        bool uppercase = false;
        if (format.IsEmpty || format is "D" or "d")
        {
            hex = false;
        }
        else if (format is "x" or "X")
        {
            hex = true;
            uppercase = format[0] == 'X';
        }
        else
        {
            throw new FormatException($"Unsupported UInt256 format \"{format}\"; use D, x or X.");
        }

        Span<char> buffer = stackalloc char[MaxDecimalDigits];
        int length = hex ? FormatHex(buffer, uppercase) : FormatDecimal(buffer);
        if (length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        buffer[..length].CopyTo(destination);
        charsWritten = length;
        return true;
    }

    /// <summary>Writes the decimal digits into the start of <paramref name="buffer"/> (at least 78 chars) and returns their count.</summary>
    private int FormatDecimal(Span<char> buffer)
    {
        // Peel off 19 digits at a time with a one-limb division, filling the buffer from its end.
        int pos = MaxDecimalDigits;
        var rest = this;
        while (!rest.IsUInt64)
        {
            DivideRemainder(in rest, new UInt256(TenPow19), out rest, out var chunk);
            ulong digits = chunk.U0;
            for (int i = 0; i < 19; i++)
            {
                buffer[--pos] = (char)('0' + (int)(digits % 10));
                digits /= 10;
            }
        }

        ulong last = rest.U0;
        do
        {
            buffer[--pos] = (char)('0' + (int)(last % 10));
            last /= 10;
        }
        while (last != 0);

        int length = MaxDecimalDigits - pos;
        buffer[pos..MaxDecimalDigits].CopyTo(buffer);
        return length;
    }

    /// <summary>Writes hex digits without leading zeros (one digit for zero) into <paramref name="buffer"/> and returns their count.</summary>
    private int FormatHex(Span<char> buffer, bool uppercase)
    {
        ReadOnlySpan<char> alphabet = uppercase ? "0123456789ABCDEF" : "0123456789abcdef";
        int digits = Math.Max(1, (BitLength + 3) >> 2);
        ReadOnlySpan<ulong> limbs = Limbs(in this);
        for (int i = 0; i < digits; i++)
        {
            int nibble = digits - 1 - i;
            buffer[i] = alphabet[(int)((limbs[nibble >> 4] >> ((nibble & 15) * 4)) & 0xf)];
        }

        return digits;
    }

    /// <summary>
    /// Parses decimal digits, or <c>0x</c>/<c>0X</c> followed by hex digits in either case. Leading zeros are
    /// allowed; signs, whitespace, separators and values above 2^256 − 1 are not.
    /// </summary>
    /// <exception cref="FormatException">The text is empty or not digits of either form.</exception>
    /// <exception cref="OverflowException">The number is 2^256 or more.</exception>
    public static UInt256 Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses as <see cref="Parse(string)"/> does.</summary>
    /// <exception cref="FormatException">The text is empty or not digits of either form.</exception>
    /// <exception cref="OverflowException">The number is 2^256 or more.</exception>
    public static UInt256 Parse(ReadOnlySpan<char> text)
    {
        if (TryParseCore(text, out var result, out bool overflow))
        {
            return result;
        }

        string shown = text.Length <= 100 ? text.ToString() : string.Concat(text[..97], "...");
        throw overflow
            ? new OverflowException($"\"{shown}\" is larger than 2^256 - 1.")
            : new FormatException($"\"{shown}\" is not a decimal or 0x-prefixed hex number.");
    }

    /// <summary>Parses as <see cref="Parse(string)"/> does; false instead of an exception.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out UInt256 result) => TryParseCore(text, out result, out _);

    /// <summary>Parses as <see cref="Parse(string)"/> does; false for null or invalid text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out UInt256 result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(text, out result, out _);
    }

    static UInt256 IParsable<UInt256>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<UInt256>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out UInt256 result) => TryParse(s, out result);

    static UInt256 ISpanParsable<UInt256>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<UInt256>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out UInt256 result) => TryParse(s, out result);

    private static bool TryParseCore(ReadOnlySpan<char> text, out UInt256 result, out bool overflow)
    {
        overflow = false;
        result = default;
        if (text.Length >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        {
            return TryParseHex(text[2..], out result, out overflow);
        }

        if (text.IsEmpty)
        {
            return false;
        }

        // 19 decimal digits at a time: value ← value · 10^k + chunk, watching the carry out of the top limb.
        ulong u0 = 0, u1 = 0, u2 = 0, u3 = 0;
        while (!text.IsEmpty)
        {
            int take = Math.Min(19, text.Length);
            ulong chunk = 0;
            ulong scale = 1;
            foreach (char c in text[..take])
            {
                uint digit = (uint)(c - '0');
                if (digit > 9)
                {
                    return false;
                }

                chunk = (chunk * 10) + digit;
                scale *= 10;
            }

            text = text[take..];
            ulong carry = MultiplyAdd(u0, scale, chunk, 0, out u0);
            carry = MultiplyAdd(u1, scale, carry, 0, out u1);
            carry = MultiplyAdd(u2, scale, carry, 0, out u2);
            carry = MultiplyAdd(u3, scale, carry, 0, out u3);
            if (carry != 0)
            {
                overflow = !ContainsNonDigit(text);
                return false;
            }
        }

        result = new UInt256(u0, u1, u2, u3);
        return true;
    }

    private static bool TryParseHex(ReadOnlySpan<char> digits, out UInt256 result, out bool overflow)
    {
        result = default;
        overflow = false;
        if (digits.IsEmpty)
        {
            return false;
        }

        // Leading zeros are allowed and ignored; more than 64 significant digits is an overflow if they are all hex.
        int start = 0;
        while (start < digits.Length - 1 && digits[start] == '0')
        {
            start++;
        }

        digits = digits[start..];
        if (digits.Length > 64)
        {
            overflow = !ContainsNonHexDigit(digits);
            return false;
        }

        Span<ulong> limbs = [0, 0, 0, 0];
        for (int i = 0; i < digits.Length; i++)
        {
            int nibble = HexValue(digits[i]);
            if (nibble < 0)
            {
                return false;
            }

            int position = digits.Length - 1 - i;
            limbs[position >> 4] |= (ulong)nibble << ((position & 15) * 4);
        }

        result = new UInt256(limbs[0], limbs[1], limbs[2], limbs[3]);
        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool ContainsNonDigit(ReadOnlySpan<char> text) => text.ContainsAnyExceptInRange('0', '9');

    private static bool ContainsNonHexDigit(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (HexValue(c) < 0)
            {
                return true;
            }
        }

        return false;
    }
}
