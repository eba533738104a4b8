using System.Runtime.CompilerServices;

namespace Glow.Core.Numerics;

public readonly partial struct UInt256
{
    /// <summary><c>a + b</c> modulo 2^256 (ADD).</summary>
    public static UInt256 operator +(in UInt256 a, in UInt256 b)
    {
        AddOverflow(in a, in b, out var r);
        return r;
    }

    /// <summary><c>a + b</c>, throwing when the sum does not fit in 256 bits.</summary>
    /// <exception cref="OverflowException">The sum is 2^256 or more.</exception>
    public static UInt256 operator checked +(in UInt256 a, in UInt256 b) =>
        AddOverflow(in a, in b, out var r) ? throw new OverflowException("UInt256 addition overflowed.") : r;

    /// <summary><c>a − b</c> modulo 2^256 (SUB).</summary>
    public static UInt256 operator -(in UInt256 a, in UInt256 b)
    {
        SubtractUnderflow(in a, in b, out var r);
        return r;
    }

    /// <summary><c>a − b</c>, throwing when <paramref name="b"/> is larger than <paramref name="a"/>.</summary>
    /// <exception cref="OverflowException">The difference is negative.</exception>
    public static UInt256 operator checked -(in UInt256 a, in UInt256 b) =>
        SubtractUnderflow(in a, in b, out var r) ? throw new OverflowException("UInt256 subtraction underflowed.") : r;

    /// <summary><c>a · b</c> modulo 2^256 (MUL).</summary>
    public static UInt256 operator *(in UInt256 a, in UInt256 b)
    {
        Multiply(in a, in b, out var r);
        return r;
    }

    /// <summary><c>a · b</c>, throwing when the product does not fit in 256 bits.</summary>
    /// <exception cref="OverflowException">The product is 2^256 or more.</exception>
    public static UInt256 operator checked *(in UInt256 a, in UInt256 b) =>
        MultiplyOverflow(in a, in b, out var r) ? throw new OverflowException("UInt256 multiplication overflowed.") : r;

    /// <summary><c>value + 1</c> modulo 2^256.</summary>
    public static UInt256 operator ++(in UInt256 value) => value + One;

    /// <summary><c>value + 1</c>, throwing at 2^256 − 1.</summary>
    /// <exception cref="OverflowException">The value is <see cref="MaxValue"/>.</exception>
    public static UInt256 operator checked ++(in UInt256 value) => checked(value + One);

    /// <summary><c>value − 1</c> modulo 2^256.</summary>
    public static UInt256 operator --(in UInt256 value) => value - One;

    /// <summary><c>value − 1</c>, throwing at 0.</summary>
    /// <exception cref="OverflowException">The value is 0.</exception>
    public static UInt256 operator checked --(in UInt256 value) => checked(value - One);

    /// <summary><c>a + b</c> modulo 2^256 into <paramref name="result"/>.</summary>
    public static void Add(in UInt256 a, in UInt256 b, out UInt256 result) => AddOverflow(in a, in b, out result);

    /// <summary><c>a − b</c> modulo 2^256 into <paramref name="result"/>.</summary>
    public static void Subtract(in UInt256 a, in UInt256 b, out UInt256 result) => SubtractUnderflow(in a, in b, out result);

    /// <summary><c>a + b</c> modulo 2^256; true when the exact sum is 2^256 or more (the carry out of bit 255).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AddOverflow(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        ulong r0 = a.U0 + b.U0;
        ulong carry = r0 < a.U0 ? 1UL : 0UL;
        ulong r1 = AddWithCarry(a.U1, b.U1, ref carry);
        ulong r2 = AddWithCarry(a.U2, b.U2, ref carry);
        ulong r3 = AddWithCarry(a.U3, b.U3, ref carry);
        result = new UInt256(r0, r1, r2, r3);
        return carry != 0;
    }

    /// <summary><c>a − b</c> modulo 2^256; true when <paramref name="b"/> is larger than <paramref name="a"/> (a borrow out of bit 255).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SubtractUnderflow(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        ulong r0 = a.U0 - b.U0;
        ulong borrow = a.U0 < b.U0 ? 1UL : 0UL;
        ulong r1 = SubtractWithBorrow(a.U1, b.U1, ref borrow);
        ulong r2 = SubtractWithBorrow(a.U2, b.U2, ref borrow);
        ulong r3 = SubtractWithBorrow(a.U3, b.U3, ref borrow);
        result = new UInt256(r0, r1, r2, r3);
        return borrow != 0;
    }

    /// <summary><c>a · b</c> modulo 2^256 into <paramref name="result"/>: the low half of the schoolbook product, ten 64×64 multiplications.</summary>
    public static void Multiply(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        if (((a.U1 | a.U2 | a.U3) | (b.U1 | b.U2 | b.U3)) == 0)
        {
            ulong high = Math.BigMul(a.U0, b.U0, out ulong low);
            result = new UInt256(low, high);
            return;
        }

        // Row 0: a0 · b.
        ulong carry = Math.BigMul(a.U0, b.U0, out ulong r0);
        carry = MultiplyAdd(a.U0, b.U1, carry, 0, out ulong r1);
        carry = MultiplyAdd(a.U0, b.U2, carry, 0, out ulong r2);
        ulong r3 = (a.U0 * b.U3) + carry;

        // Row 1: a1 · b, shifted one limb; only three columns survive the truncation.
        carry = MultiplyAdd(a.U1, b.U0, r1, 0, out r1);
        carry = MultiplyAdd(a.U1, b.U1, r2, carry, out r2);
        r3 += (a.U1 * b.U2) + carry;

        // Row 2 and row 3.
        carry = MultiplyAdd(a.U2, b.U0, r2, 0, out r2);
        r3 += (a.U2 * b.U1) + carry + (a.U3 * b.U0);

        result = new UInt256(r0, r1, r2, r3);
    }

    /// <summary>
    /// <c>a²</c> modulo 2^256 with six 64×64 multiplications instead of ten, for EXP's squarings:
    /// a0² + 2·a0a1·B + (a1² + 2·a0a2)·B² + (2·a0a3 + 2·a1a2)·B³ with B = 2^64.
    /// </summary>
    internal static void Square(in UInt256 a, out UInt256 result)
    {
        ulong h00 = Math.BigMul(a.U0, a.U0, out ulong l00);
        ulong h01 = Math.BigMul(a.U0, a.U1, out ulong l01);
        ulong h02 = Math.BigMul(a.U0, a.U2, out ulong l02);
        ulong h11 = Math.BigMul(a.U1, a.U1, out ulong l11);

        // The cross terms once, then doubled by a one-bit shift across limbs 1..3.
        ulong c2 = h01 + l02;
        ulong c3 = h02 + (a.U0 * a.U3) + (a.U1 * a.U2) + (c2 < l02 ? 1UL : 0UL);
        c3 = (c3 << 1) | (c2 >> 63);
        c2 = (c2 << 1) | (l01 >> 63);
        ulong c1 = l01 << 1;

        ulong carry = 0;
        ulong r1 = AddWithCarry(h00, c1, ref carry);
        ulong r2 = AddWithCarry(l11, c2, ref carry);
        ulong r3 = h11 + c3 + carry;
        result = new UInt256(l00, r1, r2, r3);
    }

    /// <summary><c>a · b</c> modulo 2^256; true when the exact product is 2^256 or more.</summary>
    public static bool MultiplyOverflow(in UInt256 a, in UInt256 b, out UInt256 result)
    {
        if (((a.U1 | a.U2 | a.U3) | (b.U1 | b.U2 | b.U3)) == 0)
        {
            ulong high = Math.BigMul(a.U0, b.U0, out ulong low);
            result = new UInt256(low, high);
            return false;
        }

        MultiplyFull(in a, in b, out result, out var high512);
        return !high512.IsZero;
    }

    /// <summary>The exact 512-bit product <c>a · b = high · 2^256 + low</c>.</summary>
    public static void MultiplyFull(in UInt256 a, in UInt256 b, out UInt256 low, out UInt256 high)
    {
        ReadOnlySpan<ulong> x = Limbs(in a);
        ReadOnlySpan<ulong> y = Limbs(in b);
        Span<ulong> p = stackalloc ulong[8];
        p.Clear();
        MultiplyLimbs(x, y, p);
        low = new UInt256(p[0], p[1], p[2], p[3]);
        high = new UInt256(p[4], p[5], p[6], p[7]);
    }

    /// <summary>Integer square root: the largest <c>r</c> with <c>r·r ≤ value</c>.</summary>
    public static UInt256 Sqrt(in UInt256 value)
    {
        if (value.IsUInt64)
        {
            return new UInt256(SqrtUInt64(value.U0));
        }

        // Newton's iteration x ← (x + n/x) / 2 decreases monotonically from any start at or above √n and
        // stops at ⌊√n⌋. Start from the root of the top 63 or 64 bits (an even shift keeps it exact), plus one:
        // n < (top + 1)·2^shift ≤ (⌊√top⌋ + 1)²·2^shift, so the start is above √n by a relative 2^−31 at most
        // and three or four steps finish. The start is at most 2^128, so x + n/x cannot overflow.
        int shift = value.BitLength - 64;
        shift += shift & 1;
        ulong top = (value >> shift).U0;
        var x = new UInt256(SqrtUInt64(top) + 1) << (shift / 2);
        while (true)
        {
            Divide(in value, in x, out var quotient);
            var next = (x + quotient) >> 1;
            if (next >= x)
            {
                return x;
            }

            x = next;
        }
    }

    private static ulong SqrtUInt64(ulong n)
    {
        if (n < 2)
        {
            return n;
        }

        int bits = 64 - System.Numerics.BitOperations.LeadingZeroCount(n);
        ulong x = 1UL << ((bits + 1) / 2);
        while (true)
        {
            ulong next = (x + (n / x)) >> 1;
            if (next >= x)
            {
                return x;
            }

            x = next;
        }
    }

    /// <summary>Schoolbook product of <paramref name="x"/> and <paramref name="y"/> added into <paramref name="p"/> (zeroed, <c>x.Length + y.Length</c> limbs).</summary>
    private static void MultiplyLimbs(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y, Span<ulong> p)
    {
        for (int i = 0; i < x.Length; i++)
        {
            ulong xi = x[i];
            if (xi == 0)
            {
                continue;
            }

            ulong carry = 0;
            for (int j = 0; j < y.Length; j++)
            {
                carry = MultiplyAdd(xi, y[j], p[i + j], carry, out p[i + j]);
            }

            p[i + y.Length] = carry;
        }
    }

    /// <summary><c>x + y + carry</c>, setting <paramref name="carry"/> to the carry out (0 or 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong AddWithCarry(ulong x, ulong y, ref ulong carry)
    {
        ulong s = x + y;
        ulong r = s + carry;
        carry = (s < x ? 1UL : 0UL) | (r < s ? 1UL : 0UL);
        return r;
    }

    /// <summary><c>x − y − borrow</c>, setting <paramref name="borrow"/> to the borrow out (0 or 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SubtractWithBorrow(ulong x, ulong y, ref ulong borrow)
    {
        ulong d = x - y;
        ulong r = d - borrow;
        borrow = (x < y ? 1UL : 0UL) | (d < borrow ? 1UL : 0UL);
        return r;
    }

    /// <summary><c>x·y + addend + carry</c> as a 128-bit value (it cannot overflow): returns the high limb, <paramref name="low"/> the low.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyAdd(ulong x, ulong y, ulong addend, ulong carry, out ulong low)
    {
        ulong high = Math.BigMul(x, y, out ulong lo);
        lo += addend;
        high += lo < addend ? 1UL : 0UL;
        lo += carry;
        high += lo < carry ? 1UL : 0UL;
        low = lo;
        return high;
    }
}
