using System.Runtime.CompilerServices;

namespace Glow.Core.Crypto;

/// <summary>Addition, negation, multiplication and inversion mod n (branch-free).</summary>
internal readonly partial struct Scalar
{
    /// <summary>a + b mod n.</summary>
    public static Scalar operator +(in Scalar a, in Scalar b)
    {
        var s0 = Carry.Add(a.L0, b.L0, 0, out var c);
        var s1 = Carry.Add(a.L1, b.L1, c, out c);
        var s2 = Carry.Add(a.L2, b.L2, c, out c);
        var s3 = Carry.Add(a.L3, b.L3, c, out c);
        return ReduceOnce(s0, s1, s2, s3, c, out _);
    }

    /// <summary>−a mod n (zero stays zero).</summary>
    public static Scalar operator -(in Scalar a)
    {
        var d0 = Carry.Sub(N0, a.L0, 0, out var w);
        var d1 = Carry.Sub(N1, a.L1, w, out w);
        var d2 = Carry.Sub(N2, a.L2, w, out w);
        var d3 = Carry.Sub(N3, a.L3, w, out _);
        var nonZero = Carry.Mask(((a.L0 | a.L1 | a.L2 | a.L3) | (0UL - (a.L0 | a.L1 | a.L2 | a.L3))) >> 63);
        return new Scalar(d0 & nonZero, d1 & nonZero, d2 & nonZero, d3 & nonZero);
    }

    /// <summary>a − b mod n.</summary>
    public static Scalar operator -(in Scalar a, in Scalar b) => a + (-b);

    /// <summary>a · b mod n.</summary>
    public static Scalar operator *(in Scalar a, in Scalar b)
    {
        Wide.Mul(a.L0, a.L1, a.L2, a.L3, b.L0, b.L1, b.L2, b.L3, out var t0, out var t1, out var t2, out var t3, out var t4, out var t5, out var t6, out var t7);
        return Reduce(t0, t1, t2, t3, t4, t5, t6, t7);
    }

    /// <summary>−a when <paramref name="flag"/> is 1, a when it is 0. Constant time.</summary>
    public Scalar ConditionalNegate(ulong flag) => Select(Carry.Mask(flag), this, -this);

    /// <summary>a² mod n.</summary>
    public static Scalar Sqr(in Scalar a)
    {
        Wide.Sqr(a.L0, a.L1, a.L2, a.L3, out var t0, out var t1, out var t2, out var t3, out var t4, out var t5, out var t6, out var t7);
        return Reduce(t0, t1, t2, t3, t4, t5, t6, t7);
    }

    /// <summary>
    /// a^(n−2) = a^−1 (0 for 0) by Fermat. The exponent is public and fixed, so the sequence of squarings
    /// and multiplications (and the table entries used) never depends on a: this is the inverse used for
    /// the secret nonce when signing. The upper half of n − 2 is 127 ones and a zero, built from
    /// a^(2^k − 1) blocks; the lower half is processed with sliding 4-bit windows of odd powers.
    /// </summary>
    public Scalar Inverse()
    {
        // odd[i] = a^(2i + 1)
        Span<Scalar> odd = stackalloc Scalar[8];
        var a2 = Sqr(this);
        odd[0] = this;
        for (var i = 1; i < 8; i++)
        {
            odd[i] = odd[i - 1] * a2;
        }

        var x2 = odd[1];
        var x4 = (SqrN(x2, 2) * x2);
        var x8 = SqrN(x4, 4) * x4;
        var x16 = SqrN(x8, 8) * x8;
        var x32 = SqrN(x16, 16) * x16;
        var x64 = SqrN(x32, 32) * x32;
        var x96 = SqrN(x64, 32) * x32;
        var x112 = SqrN(x96, 16) * x16;
        var x120 = SqrN(x112, 8) * x8;
        var x124 = SqrN(x120, 4) * x4;
        var x126 = SqrN(x124, 2) * x2;
        var r = Sqr(Sqr(x126) * this); // 127 ones, then the 0 of …FFFE

        // Low 128 bits of n − 2, most significant first, in windows of up to four bits ending in a one.
        const ulong High = N1, Low = N0 - 2;
        var bit = 127;
        while (bit >= 0)
        {
            if (ExponentBit(High, Low, bit) == 0)
            {
                r = Sqr(r);
                bit--;
                continue;
            }

            var width = Math.Min(4, bit + 1);
            while (ExponentBit(High, Low, bit - width + 1) == 0)
            {
                width--;
            }

            var window = 0;
            for (var j = 0; j < width; j++)
            {
                r = Sqr(r);
                window = (window << 1) | ExponentBit(High, Low, bit - j);
            }

            r *= odd[window >> 1];
            bit -= width;
        }

        return r;
    }

    private static int ExponentBit(ulong high, ulong low, int bit) =>
        (int)((bit >= 64 ? high >> (bit - 64) : low >> bit) & 1);

    private static Scalar SqrN(Scalar a, int k)
    {
        for (var i = 0; i < k; i++)
        {
            a = Sqr(a);
        }

        return a;
    }

    /// <summary>Reduces the 512-bit t7..t0 mod n using 2^256 ≡ 2^256 − n = C (129 bits: C0 + C1·2^64 + 2^128), three times.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scalar Reduce(ulong t0, ulong t1, ulong t2, ulong t3, ulong t4, ulong t5, ulong t6, ulong t7)
    {
        // m = low + high·C < 2^386, seven limbs: rows high·C0, high·C1 (one limb up) and high (two limbs up).
        var m0 = Carry.MulAdd(t4, C0, t0, 0, out var c);
        var m1 = Carry.MulAdd(t5, C0, t1, c, out c);
        var m2 = Carry.MulAdd(t6, C0, t2, c, out c);
        var m3 = Carry.MulAdd(t7, C0, t3, c, out var m4);
        m1 = Carry.MulAdd(t4, C1, m1, 0, out c);
        m2 = Carry.MulAdd(t5, C1, m2, c, out c);
        m3 = Carry.MulAdd(t6, C1, m3, c, out c);
        m4 = Carry.MulAdd(t7, C1, m4, c, out var m5);
        m2 = Carry.Add(m2, t4, 0, out c);
        m3 = Carry.Add(m3, t5, c, out c);
        m4 = Carry.Add(m4, t6, c, out c);
        m5 = Carry.Add(m5, t7, c, out var m6);

        // p = m_low + m_high·C < 2^259, five limbs (m_high = m4 + m5·2^64 + m6·2^128 has at most 130 bits).
        var p0 = Carry.MulAdd(m4, C0, m0, 0, out c);
        var p1 = Carry.MulAdd(m5, C0, m1, c, out c);
        var p2 = Carry.MulAdd(m6, C0, m2, c, out c);
        var p3 = Carry.Add(m3, c, 0, out var p4);
        p1 = Carry.MulAdd(m4, C1, p1, 0, out c);
        p2 = Carry.MulAdd(m5, C1, p2, c, out c);
        p3 = Carry.MulAdd(m6, C1, p3, c, out c);
        p4 += c;
        p2 = Carry.Add(p2, m4, 0, out c);
        p3 = Carry.Add(p3, m5, c, out c);
        p4 += m6 + c;

        // r = p_low + p4·C < 2^256 + 2^132 < 2n: one conditional subtraction finishes.
        var r0 = Carry.MulAdd(p4, C0, p0, 0, out var h);
        var r1 = Carry.MulAdd(p4, C1, p1, h, out h);
        var r2 = Carry.Add(p2, p4, h, out c);
        var r3 = Carry.Add(p3, 0, c, out c);
        return ReduceOnce(r0, r1, r2, r3, c, out _);
    }
}
