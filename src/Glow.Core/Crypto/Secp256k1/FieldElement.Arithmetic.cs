using System.Runtime.CompilerServices;

namespace Glow.Core.Crypto;

/// <summary>Addition, subtraction and multiplication mod p (all branch-free).</summary>
internal readonly partial struct FieldElement
{
    /// <summary>a + b mod p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement operator +(in FieldElement a, in FieldElement b)
    {
        var s0 = Carry.Add(a.L0, b.L0, 0, out var c);
        var s1 = Carry.Add(a.L1, b.L1, c, out c);
        var s2 = Carry.Add(a.L2, b.L2, c, out c);
        var s3 = Carry.Add(a.L3, b.L3, c, out c);

        // 2^256 ≡ R: fold the carry back in. If that carries again the sum is now below R, so the
        // second fold cannot overflow.
        s0 = Carry.Add(s0, c * R, 0, out c);
        s1 = Carry.Add(s1, 0, c, out c);
        s2 = Carry.Add(s2, 0, c, out c);
        s3 = Carry.Add(s3, 0, c, out c);
        return new FieldElement(s0 + (c * R), s1, s2, s3);
    }

    /// <summary>a − b mod p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement operator -(in FieldElement a, in FieldElement b)
    {
        var d0 = Carry.Sub(a.L0, b.L0, 0, out var w);
        var d1 = Carry.Sub(a.L1, b.L1, w, out w);
        var d2 = Carry.Sub(a.L2, b.L2, w, out w);
        var d3 = Carry.Sub(a.L3, b.L3, w, out w);

        // On a borrow the limbs hold a − b + 2^256; adding p means subtracting R. If that borrows too
        // (only for non-canonical inputs), subtract R once more: the limbs are then near 2^256, so the
        // low limb absorbs it.
        d0 = Carry.Sub(d0, w * R, 0, out w);
        d1 = Carry.Sub(d1, 0, w, out w);
        d2 = Carry.Sub(d2, 0, w, out w);
        d3 = Carry.Sub(d3, 0, w, out w);
        return new FieldElement(d0 - (w * R), d1, d2, d3);
    }

    /// <summary>−a mod p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement operator -(in FieldElement a) => Zero - a;

    /// <summary>a · b mod p.</summary>
    public static FieldElement operator *(in FieldElement a, in FieldElement b) => Mul(a, b);

    /// <summary>a · b mod p: a 4×4-limb schoolbook product, then the 2^256 ≡ R reduction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Mul(in FieldElement a, in FieldElement b)
    {
        Wide.Mul(a.L0, a.L1, a.L2, a.L3, b.L0, b.L1, b.L2, b.L3, out var t0, out var t1, out var t2, out var t3, out var t4, out var t5, out var t6, out var t7);
        return Reduce(t0, t1, t2, t3, t4, t5, t6, t7);
    }

    /// <summary>a² mod p (ten limb products instead of sixteen).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Sqr(in FieldElement a)
    {
        Wide.Sqr(a.L0, a.L1, a.L2, a.L3, out var t0, out var t1, out var t2, out var t3, out var t4, out var t5, out var t6, out var t7);
        return Reduce(t0, t1, t2, t3, t4, t5, t6, t7);
    }

    /// <summary>a · k mod p for a small factor k &lt; 2^30.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement MulInt(in FieldElement a, uint k)
    {
        var s0 = Carry.MulAdd(a.L0, k, 0, 0, out var c);
        var s1 = Carry.MulAdd(a.L1, k, c, 0, out c);
        var s2 = Carry.MulAdd(a.L2, k, c, 0, out c);
        var s3 = Carry.MulAdd(a.L3, k, c, 0, out c);

        // c < 2^30, so c·R < 2^63 fits a limb.
        s0 = Carry.Add(s0, c * R, 0, out c);
        s1 = Carry.Add(s1, 0, c, out c);
        s2 = Carry.Add(s2, 0, c, out c);
        s3 = Carry.Add(s3, 0, c, out c);
        return new FieldElement(s0 + (c * R), s1, s2, s3);
    }

    /// <summary>a / 2 mod p: a + p when a is odd (making it even), then a shift through the carry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Half(in FieldElement a)
    {
        var m = Carry.Mask(a.L0 & 1);
        var s0 = Carry.Add(a.L0, 0xFFFFFFFEFFFFFC2FUL & m, 0, out var c);
        var s1 = Carry.Add(a.L1, m, c, out c);
        var s2 = Carry.Add(a.L2, m, c, out c);
        var s3 = Carry.Add(a.L3, m, c, out c);
        return new FieldElement((s0 >> 1) | (s1 << 63), (s1 >> 1) | (s2 << 63), (s2 >> 1) | (s3 << 63), (s3 >> 1) | (c << 63));
    }

    /// <summary>Reduces the 512-bit t7..t0 mod p to four limbs using 2^256 ≡ R.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement Reduce(ulong t0, ulong t1, ulong t2, ulong t3, ulong t4, ulong t5, ulong t6, ulong t7)
    {
        // low + high·R: at most 2^256 + 2^290, the excess h (< 2^34) sits above the four limbs.
        var r0 = Carry.MulAdd(t4, R, t0, 0, out var h);
        var r1 = Carry.MulAdd(t5, R, t1, h, out h);
        var r2 = Carry.MulAdd(t6, R, t2, h, out h);
        var r3 = Carry.MulAdd(t7, R, t3, h, out h);

        // Fold h·R (< 2^67) in.
        var hh = Math.BigMul(h, R, out var hl);
        r0 = Carry.Add(r0, hl, 0, out var c);
        r1 = Carry.Add(r1, hh, c, out c);
        r2 = Carry.Add(r2, 0, c, out c);
        r3 = Carry.Add(r3, 0, c, out c);

        // A final carry leaves a value below 2^67: adding R may carry into r1 but no further.
        r0 = Carry.Add(r0, c * R, 0, out c);
        return new FieldElement(r0, r1 + c, r2, r3);
    }
}
