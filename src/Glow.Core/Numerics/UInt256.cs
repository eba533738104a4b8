using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Glow.Core.Numerics;

/// <summary>
/// The 256-bit unsigned integer of the EVM: four 64-bit limbs, <see cref="U0"/> least significant.
/// Arithmetic wraps modulo 2^256 as the EVM's does (yellow paper, section 9.4); the <c>checked</c>
/// operators and the <c>…Overflow</c> methods report overflow instead, for balances and fees.
/// Nothing in this type allocates except text and the <see cref="BigInteger"/> conversions.
/// </summary>
/// <remarks>
/// The signed EVM operations (SDIV, SMOD, SLT, SGT, SAR, SIGNEXTEND) read the same 256 bits as a
/// two's-complement number; see <see cref="IsNegative"/> and <see cref="SignedCompare(in UInt256, in UInt256)"/>.
/// The static <c>in</c>/<c>out</c> forms (<c>Add(in a, in b, out r)</c> and the like) read all their inputs
/// before writing, so a result may be the same variable as an input: <c>UInt256.Add(in x, in y, out x)</c>.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
public readonly partial struct UInt256 : IEquatable<UInt256>, IComparable<UInt256>, IComparable
{
    /// <summary>Bits 0..63, the least significant limb.</summary>
    public readonly ulong U0;

    /// <summary>Bits 64..127.</summary>
    public readonly ulong U1;

    /// <summary>Bits 128..191.</summary>
    public readonly ulong U2;

    /// <summary>Bits 192..255, the most significant limb (bit 255 is the sign bit of the signed reading).</summary>
    public readonly ulong U3;

    /// <summary>The value <c>u0 + u1·2^64 + u2·2^128 + u3·2^192</c>.</summary>
    /// <param name="u0">Bits 0..63.</param>
    /// <param name="u1">Bits 64..127.</param>
    /// <param name="u2">Bits 128..191.</param>
    /// <param name="u3">Bits 192..255.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public UInt256(ulong u0, ulong u1 = 0, ulong u2 = 0, ulong u3 = 0)
    {
        U0 = u0;
        U1 = u1;
        U2 = u2;
        U3 = u3;
    }

    /// <summary>0.</summary>
    public static UInt256 Zero => default;

    /// <summary>1.</summary>
    public static UInt256 One => new(1);

    /// <summary>2^256 − 1, every bit set (−1 in the signed reading).</summary>
    public static UInt256 MaxValue => new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue);

    /// <summary>2^255, the smallest value whose signed reading is negative (−2^255).</summary>
    public static UInt256 SignedMinValue => new(0, 0, 0, 1UL << 63);

    /// <summary>2^255 − 1, the largest positive value of the signed reading.</summary>
    public static UInt256 SignedMaxValue => new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, long.MaxValue);

    /// <summary>True for 0.</summary>
    public bool IsZero => (U0 | U1 | U2 | U3) == 0;

    /// <summary>True for 1.</summary>
    public bool IsOne => ((U0 ^ 1) | U1 | U2 | U3) == 0;

    /// <summary>True when the value fits in a <see cref="ulong"/> (the upper three limbs are zero).</summary>
    public bool IsUInt64 => (U1 | U2 | U3) == 0;

    /// <summary>True when bit 255 is set, that is when the two's-complement reading is negative.</summary>
    public bool IsNegative => (long)U3 < 0;

    /// <summary>The value as a <see cref="ulong"/> when it fits.</summary>
    /// <param name="value">The value, or 0 when it does not fit.</param>
    /// <returns>True when the value is below 2^64.</returns>
    public bool TryGetUInt64(out ulong value)
    {
        if (IsUInt64)
        {
            value = U0;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Bit-for-bit equality.</summary>
    public bool Equals(UInt256 other) => ((U0 ^ other.U0) | (U1 ^ other.U1) | (U2 ^ other.U2) | (U3 ^ other.U3)) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UInt256 other && Equals(other);

    /// <summary>A hash of all four limbs (randomised per process, as <see cref="HashCode"/> is).</summary>
    public override int GetHashCode() => HashCode.Combine(U0, U1, U2, U3);

    /// <summary>Unsigned comparison: negative when this is smaller than <paramref name="other"/>, 0 when equal, positive when larger.</summary>
    public int CompareTo(UInt256 other) => Compare(in this, in other);

    /// <summary>Unsigned comparison with a boxed <see cref="UInt256"/>; any value is larger than null.</summary>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="UInt256"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        UInt256 other => Compare(in this, in other),
        _ => throw new ArgumentException("Object must be of type UInt256.", nameof(obj)),
    };

    /// <summary>Unsigned comparison: −1, 0 or 1.</summary>
    public static int Compare(in UInt256 a, in UInt256 b)
    {
        if (a.U3 != b.U3)
        {
            return a.U3 < b.U3 ? -1 : 1;
        }

        if (a.U2 != b.U2)
        {
            return a.U2 < b.U2 ? -1 : 1;
        }

        if (a.U1 != b.U1)
        {
            return a.U1 < b.U1 ? -1 : 1;
        }

        return a.U0 == b.U0 ? 0 : a.U0 < b.U0 ? -1 : 1;
    }

    /// <summary>
    /// Two's-complement comparison, as SLT and SGT read their operands: −1 when <paramref name="a"/> is the
    /// smaller signed number, 0 when equal, 1 when larger.
    /// </summary>
    public static int SignedCompare(in UInt256 a, in UInt256 b)
    {
        if (a.U3 != b.U3)
        {
            return (long)a.U3 < (long)b.U3 ? -1 : 1;
        }

        if (a.U2 != b.U2)
        {
            return a.U2 < b.U2 ? -1 : 1;
        }

        if (a.U1 != b.U1)
        {
            return a.U1 < b.U1 ? -1 : 1;
        }

        return a.U0 == b.U0 ? 0 : a.U0 < b.U0 ? -1 : 1;
    }

    /// <summary>The smaller of two values (unsigned).</summary>
    public static UInt256 Min(in UInt256 a, in UInt256 b) => LessThan(in b, in a) ? b : a;

    /// <summary>The larger of two values (unsigned).</summary>
    public static UInt256 Max(in UInt256 a, in UInt256 b) => LessThan(in a, in b) ? b : a;

    /// <summary>Bit-for-bit equality.</summary>
    public static bool operator ==(in UInt256 a, in UInt256 b) => a.Equals(b);

    /// <summary>Bit-for-bit inequality.</summary>
    public static bool operator !=(in UInt256 a, in UInt256 b) => !a.Equals(b);

    /// <summary>Unsigned less-than (LT).</summary>
    public static bool operator <(in UInt256 a, in UInt256 b) => LessThan(in a, in b);

    /// <summary>Unsigned greater-than (GT).</summary>
    public static bool operator >(in UInt256 a, in UInt256 b) => LessThan(in b, in a);

    /// <summary>Unsigned less-than-or-equal.</summary>
    public static bool operator <=(in UInt256 a, in UInt256 b) => !LessThan(in b, in a);

    /// <summary>Unsigned greater-than-or-equal.</summary>
    public static bool operator >=(in UInt256 a, in UInt256 b) => !LessThan(in a, in b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool LessThan(in UInt256 a, in UInt256 b)
    {
        // One borrow chain over the four limbs: a < b exactly when a − b borrows out of the top limb.
        ulong borrow = a.U0 < b.U0 ? 1UL : 0UL;
        borrow = SubtractBorrowOut(a.U1, b.U1, borrow);
        borrow = SubtractBorrowOut(a.U2, b.U2, borrow);
        return SubtractBorrowOut(a.U3, b.U3, borrow) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SubtractBorrowOut(ulong x, ulong y, ulong borrow)
    {
        ulong d = x - y;
        return (x < y ? 1UL : 0UL) | (d < borrow ? 1UL : 0UL);
    }

    /// <summary>The four limbs as a read-only span, <see cref="U0"/> first (the struct is laid out sequentially).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<ulong> Limbs(in UInt256 value) => MemoryMarshal.CreateReadOnlySpan(in value.U0, 4);
}
