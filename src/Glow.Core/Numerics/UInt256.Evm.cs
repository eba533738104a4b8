using System.Runtime.CompilerServices;

namespace Glow.Core.Numerics;

public readonly partial struct UInt256
{
    /// <summary>Two's-complement negation, <c>2^256 − value</c> modulo 2^256 (so 0 stays 0 and −2^255 stays −2^255).</summary>
    public static UInt256 Negate(in UInt256 value)
    {
        SubtractUnderflow(default, in value, out var result);
        return result;
    }

    /// <summary>The absolute value of the signed reading, as an unsigned number (2^255 for −2^255).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static UInt256 Magnitude(in UInt256 value) => value.IsNegative ? Negate(in value) : value;

    /// <summary>
    /// SDIV: signed division of the two's-complement readings, rounded towards zero. Division by zero
    /// gives zero, and −2^255 / −1 overflows back to −2^255 (yellow paper, appendix H).
    /// </summary>
    public static UInt256 SignedDivide(in UInt256 a, in UInt256 b)
    {
        SignedDivide(in a, in b, out var result);
        return result;
    }

    /// <summary>SDIV into <paramref name="result"/>; see <see cref="SignedDivide(in UInt256, in UInt256)"/>.</summary>
    public static void SignedDivide(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        if (!(a.IsNegative | b.IsNegative))
        {
            Divide(in a, in b, out result);
            return;
        }

        Divide(Magnitude(in a), Magnitude(in b), out var quotient);
        result = a.IsNegative != b.IsNegative ? Negate(in quotient) : quotient;
    }

    /// <summary>
    /// SMOD: signed remainder of the two's-complement readings; the result takes the sign of the
    /// dividend <paramref name="a"/>, and modulo zero gives zero (yellow paper, appendix H).
    /// </summary>
    public static UInt256 SignedMod(in UInt256 a, in UInt256 b)
    {
        SignedMod(in a, in b, out var result);
        return result;
    }

    /// <summary>SMOD into <paramref name="result"/>; see <see cref="SignedMod(in UInt256, in UInt256)"/>.</summary>
    public static void SignedMod(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        Mod(Magnitude(in a), Magnitude(in b), out var remainder);
        result = a.IsNegative ? Negate(in remainder) : remainder;
    }

    /// <summary>ADDMOD: <c>(a + b) mod m</c> with the exact 257-bit sum; zero when <paramref name="m"/> is zero.</summary>
    public static UInt256 AddMod(in UInt256 a, in UInt256 b, in UInt256 m)
    {
        AddMod(in a, in b, in m, out var result);
        return result;
    }

    /// <summary>ADDMOD into <paramref name="result"/>; see <see cref="AddMod(in UInt256, in UInt256, in UInt256)"/>.</summary>
    [SkipLocalsInit]
    public static void AddMod(in UInt256 a, in UInt256 b, in UInt256 m, out UInt256 result)
    {
        if (m.IsZero)
        {
            result = default;
            return;
        }

        if (!AddOverflow(in a, in b, out var sum))
        {
            Mod(in sum, in m, out result);
            return;
        }

        Span<ulong> wide = stackalloc ulong[5];
        wide[0] = sum.U0;
        wide[1] = sum.U1;
        wide[2] = sum.U2;
        wide[3] = sum.U3;
        wide[4] = 1;
        ModWide(wide, in m, out result);
    }

    /// <summary>MULMOD: <c>(a · b) mod m</c> with the exact 512-bit product; zero when <paramref name="m"/> is zero.</summary>
    public static UInt256 MulMod(in UInt256 a, in UInt256 b, in UInt256 m)
    {
        MulMod(in a, in b, in m, out var result);
        return result;
    }

    /// <summary>MULMOD into <paramref name="result"/>; see <see cref="MulMod(in UInt256, in UInt256, in UInt256)"/>.</summary>
    [SkipLocalsInit]
    public static void MulMod(in UInt256 a, in UInt256 b, in UInt256 m, out UInt256 result)
    {
        if (m.IsZero || a.IsZero || b.IsZero)
        {
            result = default;
            return;
        }

        if (((a.U1 | a.U2 | a.U3) | (b.U1 | b.U2 | b.U3)) == 0)
        {
            ulong high = Math.BigMul(a.U0, b.U0, out ulong low);
            Mod(new UInt256(low, high), in m, out result);
            return;
        }

        Span<ulong> product = stackalloc ulong[8];
        product.Clear();
        MultiplyLimbs(Limbs(in a), Limbs(in b), product);
        ModWide(product, in m, out result);
    }

    /// <summary>EXP: <c>base^exponent</c> modulo 2^256 (0^0 = 1).</summary>
    public static UInt256 Exp(in UInt256 @base, in UInt256 exponent)
    {
        Exp(in @base, in exponent, out var result);
        return result;
    }

    /// <summary>EXP into <paramref name="result"/>: square-and-multiply over the exponent's bits, most significant first.</summary>
    public static void Exp(in UInt256 @base, in UInt256 exponent, out UInt256 result)
    {
        if (exponent.IsZero)
        {
            result = One;
            return;
        }

        if (@base.IsUInt64 && @base.U0 <= 2)
        {
            // 0^e = 0 and 1^e = 1 for e ≥ 1; 2^e is a single bit, or zero once e reaches 256.
            result = @base.U0 < 2 ? @base
                : exponent.IsUInt64 && exponent.U0 < 256 ? One << (int)exponent.U0
                : default;
            return;
        }

        var acc = @base;
        ReadOnlySpan<ulong> bits = Limbs(in exponent);
        for (int bit = exponent.BitLength - 2; bit >= 0; bit--)
        {
            Square(in acc, out acc);
            if (((bits[bit >> 6] >> (bit & 63)) & 1) != 0)
            {
                Multiply(in acc, in @base, out acc);
            }

            // An even base reaches zero after at most 256 squarings; nothing changes it after that.
            if (acc.IsZero)
            {
                break;
            }
        }

        result = acc;
    }

    /// <summary>
    /// SIGNEXTEND: treats byte <paramref name="byteIndex"/> (0 = least significant) of <paramref name="value"/>
    /// as the sign byte and copies its top bit into every higher bit. An index of 31 or more returns the
    /// value unchanged (yellow paper, appendix H).
    /// </summary>
    public static UInt256 SignExtend(in UInt256 byteIndex, in UInt256 value) =>
        byteIndex.IsUInt64 && byteIndex.U0 < 31 ? SignExtend((int)byteIndex.U0, in value) : value;

    /// <summary>SIGNEXTEND with a small index; negative or 31 and above return <paramref name="value"/> unchanged.</summary>
    public static UInt256 SignExtend(int byteIndex, in UInt256 value)
    {
        if ((uint)byteIndex >= 31)
        {
            return value;
        }

        int signBit = (byteIndex * 8) + 7;
        int limb = signBit >> 6;
        int bit = signBit & 63;
        Span<ulong> r = [value.U0, value.U1, value.U2, value.U3];
        ulong keep = ulong.MaxValue >> (63 - bit);
        bool negative = ((r[limb] >> bit) & 1) != 0;
        ulong fill = negative ? ulong.MaxValue : 0;
        r[limb] = (r[limb] & keep) | (fill & ~keep);
        for (int i = limb + 1; i < 4; i++)
        {
            r[i] = fill;
        }

        return new UInt256(r[0], r[1], r[2], r[3]);
    }

    /// <summary>
    /// BYTE: byte <paramref name="index"/> of the 32-byte big-endian form of <paramref name="value"/>
    /// (0 = most significant); an index of 32 or more gives zero.
    /// </summary>
    public static UInt256 Byte(in UInt256 index, in UInt256 value) =>
        index.IsUInt64 && index.U0 < 32 ? Byte((int)index.U0, in value) : default;

    /// <summary>BYTE with a small index; negative or 32 and above give zero.</summary>
    public static UInt256 Byte(int index, in UInt256 value)
    {
        if ((uint)index >= 32)
        {
            return default;
        }

        int fromLeast = 31 - index;
        ulong limb = Limbs(in value)[fromLeast >> 3];
        return new UInt256((limb >> ((fromLeast & 7) * 8)) & 0xff);
    }
}
