using System.Numerics;
using System.Runtime.CompilerServices;

namespace Glow.Core.Numerics;

public readonly partial struct UInt256
{
    /// <summary>Bitwise AND (AND).</summary>
    public static UInt256 operator &(in UInt256 a, in UInt256 b) => new(a.U0 & b.U0, a.U1 & b.U1, a.U2 & b.U2, a.U3 & b.U3);

    /// <summary>Bitwise OR (OR).</summary>
    public static UInt256 operator |(in UInt256 a, in UInt256 b) => new(a.U0 | b.U0, a.U1 | b.U1, a.U2 | b.U2, a.U3 | b.U3);

    /// <summary>Bitwise exclusive OR (XOR).</summary>
    public static UInt256 operator ^(in UInt256 a, in UInt256 b) => new(a.U0 ^ b.U0, a.U1 ^ b.U1, a.U2 ^ b.U2, a.U3 ^ b.U3);

    /// <summary>Bitwise complement (NOT).</summary>
    public static UInt256 operator ~(in UInt256 a) => new(~a.U0, ~a.U1, ~a.U2, ~a.U3);

    /// <summary>
    /// <c>value · 2^shift</c> modulo 2^256 (SHL). A count of 256 or more gives zero; unlike the built-in
    /// integer shifts the count is not masked, and a negative count also gives zero.
    /// </summary>
    public static UInt256 operator <<(in UInt256 value, int shift) => ShiftLeft(in value, shift);

    /// <summary>Logical right shift (SHR): 256 or more, or a negative count, gives zero.</summary>
    public static UInt256 operator >>(in UInt256 value, int shift) => ShiftRight(in value, shift);

    /// <summary>Logical right shift, the same as <c>&gt;&gt;</c> for this unsigned type.</summary>
    public static UInt256 operator >>>(in UInt256 value, int shift) => ShiftRight(in value, shift);

    /// <summary>Number of significant bits: 0 for zero, 256 when bit 255 is set.</summary>
    public int BitLength => 256 - LeadingZeroCount(in this);

    /// <summary>Number of leading zero bits, 256 for zero.</summary>
    public static int LeadingZeroCount(in UInt256 value)
    {
        if (value.U3 != 0)
        {
            return BitOperations.LeadingZeroCount(value.U3);
        }

        if (value.U2 != 0)
        {
            return 64 + BitOperations.LeadingZeroCount(value.U2);
        }

        if (value.U1 != 0)
        {
            return 128 + BitOperations.LeadingZeroCount(value.U1);
        }

        return 192 + BitOperations.LeadingZeroCount(value.U0);
    }

    /// <summary>True when bit <paramref name="index"/> (0 = least significant) is set; false for an index outside 0..255.</summary>
    public bool IsBitSet(int index) =>
        (uint)index < 256 && ((Limbs(in this)[index >> 6] >> (index & 63)) & 1) != 0;

    /// <summary><c>value · 2^shift</c> modulo 2^256 (SHL); a count of 256 or more (or negative) gives zero.</summary>
    public static UInt256 ShiftLeft(in UInt256 value, int shift)
    {
        ShiftLeft(in value, shift, out var result);
        return result;
    }

    /// <summary>SHL with the count as the EVM pushes it: any 256-bit count of 256 or more gives zero.</summary>
    public static UInt256 ShiftLeft(in UInt256 value, in UInt256 shift) =>
        shift.IsUInt64 && shift.U0 < 256 ? ShiftLeft(in value, (int)shift.U0) : default;

    /// <summary><c>value · 2^shift</c> modulo 2^256 into <paramref name="result"/>; a count of 256 or more (or negative) gives zero.</summary>
    public static void ShiftLeft(in UInt256 value, int shift, out UInt256 result)
    {
        if ((uint)shift >= 256)
        {
            result = default;
            return;
        }

        // (x >> 1) >> (63 − b) is x >> (64 − b) without the masking that makes a shift by 64 a no-op: 0 when b = 0.
        int b = shift & 63;
        int c = 63 - b;
        ulong v0 = value.U0, v1 = value.U1, v2 = value.U2, v3 = value.U3;
        result = (shift >> 6) switch
        {
            0 => new UInt256(v0 << b, (v1 << b) | ((v0 >> 1) >> c), (v2 << b) | ((v1 >> 1) >> c), (v3 << b) | ((v2 >> 1) >> c)),
            1 => new UInt256(0, v0 << b, (v1 << b) | ((v0 >> 1) >> c), (v2 << b) | ((v1 >> 1) >> c)),
            2 => new UInt256(0, 0, v0 << b, (v1 << b) | ((v0 >> 1) >> c)),
            _ => new UInt256(0, 0, 0, v0 << b),
        };
    }

    /// <summary><c>⌊value / 2^shift⌋</c> (SHR); a count of 256 or more (or negative) gives zero.</summary>
    public static UInt256 ShiftRight(in UInt256 value, int shift)
    {
        ShiftRight(in value, shift, out var result);
        return result;
    }

    /// <summary>SHR with the count as the EVM pushes it: any 256-bit count of 256 or more gives zero.</summary>
    public static UInt256 ShiftRight(in UInt256 value, in UInt256 shift) =>
        shift.IsUInt64 && shift.U0 < 256 ? ShiftRight(in value, (int)shift.U0) : default;

    /// <summary><c>⌊value / 2^shift⌋</c> into <paramref name="result"/>; a count of 256 or more (or negative) gives zero.</summary>
    public static void ShiftRight(in UInt256 value, int shift, out UInt256 result)
    {
        if ((uint)shift >= 256)
        {
            result = default;
            return;
        }

        // (x << 1) << (63 − b) is x << (64 − b), and 0 when b = 0.
        int b = shift & 63;
        int c = 63 - b;
        ulong v0 = value.U0, v1 = value.U1, v2 = value.U2, v3 = value.U3;
        result = (shift >> 6) switch
        {
            0 => new UInt256((v0 >> b) | ((v1 << 1) << c), (v1 >> b) | ((v2 << 1) << c), (v2 >> b) | ((v3 << 1) << c), v3 >> b),
            1 => new UInt256((v1 >> b) | ((v2 << 1) << c), (v2 >> b) | ((v3 << 1) << c), v3 >> b, 0),
            2 => new UInt256((v2 >> b) | ((v3 << 1) << c), v3 >> b, 0, 0),
            _ => new UInt256(v3 >> b, 0, 0, 0),
        };
    }

    /// <summary>
    /// Arithmetic right shift (SAR): the two's-complement value divided by 2^shift, rounding towards
    /// negative infinity. A count of 256 or more (or negative) gives 0 for a non-negative value and
    /// <see cref="MaxValue"/> (−1) for a negative one (EIP-145).
    /// </summary>
    public static UInt256 ShiftRightArithmetic(in UInt256 value, int shift)
    {
        ShiftRightArithmetic(in value, shift, out var result);
        return result;
    }

    /// <summary>SAR with the count as the EVM pushes it (EIP-145).</summary>
    public static UInt256 ShiftRightArithmetic(in UInt256 value, in UInt256 shift) =>
        ShiftRightArithmetic(in value, shift.IsUInt64 && shift.U0 < 256 ? (int)shift.U0 : 256);

    /// <summary>Arithmetic right shift (SAR) into <paramref name="result"/> (EIP-145).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ShiftRightArithmetic(in UInt256 value, int shift, out UInt256 result)
    {
        if (!value.IsNegative)
        {
            ShiftRight(in value, shift, out result);
            return;
        }

        // For negative x, x >>arith n = ~((~x) >>logical n): the complement's zero sign bits become the ones shifted in.
        ShiftRight(~value, shift, out var shifted);
        result = ~shifted;
    }
}
