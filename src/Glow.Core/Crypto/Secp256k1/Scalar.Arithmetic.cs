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

    /// <summary>
    /// a^(n−2) = a^−1 (0 for 0) by Fermat with fixed 4-bit windows over the public exponent, so the
    /// sequence of operations does not depend on a. Used for the secret nonce when signing.
    /// </summary>
    public Scalar Inverse()
    {
        Span<Scalar> powers = stackalloc Scalar[16];
        powers[0] = One;
        powers[1] = this;
        for (var i = 2; i < 16; i++)
        {
            powers[i] = powers[i - 1] * this;
        }

        // n − 2, most significant limb first.
        ReadOnlySpan<ulong> exponent = [N3, N2, N1, N0 - 2];
        var r = One;
        foreach (var limb in exponent)
        {
            for (var shift = 60; shift >= 0; shift -= 4)
            {
                r = r * r;
                r = r * r;
                r = r * r;
                r = r * r;
                r = r * powers[(int)((limb >> shift) & 15)];
            }
        }

        return r;
    }

    /// <summary>Reduces the 512-bit t7..t0 mod n using 2^256 ≡ 2^256 − n (129 bits), three times.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scalar Reduce(ulong t0, ulong t1, ulong t2, ulong t3, ulong t4, ulong t5, ulong t6, ulong t7)
    {
        // m = low + high·(2^256 − n), below 2^386: seven limbs.
        ulong c0 = t0, c1 = 0, c2 = 0;
        Wide.MulAcc(ref c0, ref c1, ref c2, t4, C0);
        var m0 = Wide.Extract(ref c0, ref c1, ref c2);
        Wide.Acc(ref c0, ref c1, ref c2, t1);
        Wide.MulAcc(ref c0, ref c1, ref c2, t4, C1);
        Wide.MulAcc(ref c0, ref c1, ref c2, t5, C0);
        var m1 = Wide.Extract(ref c0, ref c1, ref c2);
        Wide.Acc(ref c0, ref c1, ref c2, t2);
        Wide.Acc(ref c0, ref c1, ref c2, t4);
        Wide.MulAcc(ref c0, ref c1, ref c2, t5, C1);
        Wide.MulAcc(ref c0, ref c1, ref c2, t6, C0);
        var m2 = Wide.Extract(ref c0, ref c1, ref c2);
        Wide.Acc(ref c0, ref c1, ref c2, t3);
        Wide.Acc(ref c0, ref c1, ref c2, t5);
        Wide.MulAcc(ref c0, ref c1, ref c2, t6, C1);
        Wide.MulAcc(ref c0, ref c1, ref c2, t7, C0);
        var m3 = Wide.Extract(ref c0, ref c1, ref c2);
        Wide.Acc(ref c0, ref c1, ref c2, t6);
        Wide.MulAcc(ref c0, ref c1, ref c2, t7, C1);
        var m4 = Wide.Extract(ref c0, ref c1, ref c2);
        Wide.Acc(ref c0, ref c1, ref c2, t7);
        var m5 = Wide.Extract(ref c0, ref c1, ref c2);
        var m6 = c0;

        // p = m_low + m_high·(2^256 − n), below 2^259: five limbs.
        c0 = m0;
        c1 = 0;
        c2 = 0;
        Wide.MulAcc(ref c0, ref c1, ref c2, m4, C0);
        var p0 = Wide.Extract(ref c0, ref c1, ref c2);
        Wide.Acc(ref c0, ref c1, ref c2, m1);
        Wide.MulAcc(ref c0, ref c1, ref c2, m4, C1);
        Wide.MulAcc(ref c0, ref c1, ref c2, m5, C0);
        var p1 = Wide.Extract(ref c0, ref c1, ref c2);
        Wide.Acc(ref c0, ref c1, ref c2, m2);
        Wide.Acc(ref c0, ref c1, ref c2, m4);
        Wide.MulAcc(ref c0, ref c1, ref c2, m5, C1);
        Wide.MulAcc(ref c0, ref c1, ref c2, m6, C0);
        var p2 = Wide.Extract(ref c0, ref c1, ref c2);
        Wide.Acc(ref c0, ref c1, ref c2, m3);
        Wide.Acc(ref c0, ref c1, ref c2, m5);
        Wide.MulAcc(ref c0, ref c1, ref c2, m6, C1);
        var p3 = Wide.Extract(ref c0, ref c1, ref c2);
        var p4 = c0 + m6;

        // r = p_low + p4·(2^256 − n), below 2^256 + 2^132 < 2n: one conditional subtraction finishes.
        var r0 = Carry.MulAdd(p4, C0, p0, 0, out var h);
        var r1 = Carry.MulAdd(p4, C1, p1, h, out h);
        var r2 = Carry.Add(p2, p4, h, out var c);
        var r3 = Carry.Add(p3, 0, c, out c);
        return ReduceOnce(r0, r1, r2, r3, c, out _);
    }
}
