using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Glow.Core.Crypto;

namespace Glow.Evm.Precompiles.Bn254;

/// <summary>Field arithmetic: addition, subtraction, Montgomery multiplication, inversion, square roots.</summary>
internal readonly partial struct Fp
{
    /// <summary>a + b.</summary>
    public static Fp operator +(in Fp a, in Fp b) => Add(a, b);

    /// <summary>a − b.</summary>
    public static Fp operator -(in Fp a, in Fp b) => Sub(a, b);

    /// <summary>−a.</summary>
    public static Fp operator -(in Fp a) => Neg(a);

    /// <summary>a · b.</summary>
    public static Fp operator *(in Fp a, in Fp b) => Mul(a, b);

    /// <summary>a + b mod p. Both are below p &lt; 2^254, so the sum cannot carry out of 256 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp Add(in Fp a, in Fp b)
    {
        var s0 = Carry.Add(a.L0, b.L0, 0, out var c);
        var s1 = Carry.Add(a.L1, b.L1, c, out c);
        var s2 = Carry.Add(a.L2, b.L2, c, out c);
        var s3 = a.L3 + b.L3 + c;
        return Reduce(s0, s1, s2, s3);
    }

    /// <summary>2a mod p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp Double(in Fp a) => Add(a, a);

    /// <summary>a − b mod p (adding p back under a mask when the subtraction borrows, without a branch).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp Sub(in Fp a, in Fp b)
    {
        var d0 = Carry.Sub(a.L0, b.L0, 0, out var w);
        var d1 = Carry.Sub(a.L1, b.L1, w, out w);
        var d2 = Carry.Sub(a.L2, b.L2, w, out w);
        var d3 = Carry.Sub(a.L3, b.L3, w, out w);
        var mask = 0UL - w;
        d0 = Carry.Add(d0, P0 & mask, 0, out var c);
        d1 = Carry.Add(d1, P1 & mask, c, out c);
        d2 = Carry.Add(d2, P2 & mask, c, out c);
        d3 += (P3 & mask) + c;
        return new Fp(d0, d1, d2, d3);
    }

    /// <summary>−a mod p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp Neg(in Fp a) => Sub(default, a);

    /// <summary>a · b mod p (Montgomery: computes a·b·2^−256 on the Montgomery forms).</summary>
    public static Fp Mul(in Fp a, in Fp b)
    {
        ulong a0 = a.L0, a1 = a.L1, a2 = a.L2, a3 = a.L3;
        ulong b0 = b.L0, b1 = b.L1, b2 = b.L2, b3 = b.L3;

        // Word 0 of b: t = a·b0, then one reduction step.
        var c = MulHigh(a0, b0, out var t0);
        var t1 = MulAdd(a1, b0, c, out c);
        var t2 = MulAdd(a2, b0, c, out c);
        var t3 = MulAdd(a3, b0, c, out var t4);
        Step(ref t0, ref t1, ref t2, ref t3, t4);

        Round(a0, a1, a2, a3, b1, ref t0, ref t1, ref t2, ref t3);
        Round(a0, a1, a2, a3, b2, ref t0, ref t1, ref t2, ref t3);
        Round(a0, a1, a2, a3, b3, ref t0, ref t1, ref t2, ref t3);
        return Reduce(t0, t1, t2, t3);
    }

    /// <summary>a² mod p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp Square(in Fp a) => Mul(a, a);

    /// <summary>a^e for an exponent given as little-endian 64-bit limbs (square and multiply, variable time).</summary>
    public static Fp Pow(in Fp a, ReadOnlySpan<ulong> exponent)
    {
        var result = One;
        for (var i = exponent.Length - 1; i >= 0; i--)
        {
            for (var bit = 63; bit >= 0; bit--)
            {
                result = Square(result);
                if (((exponent[i] >> bit) & 1) != 0)
                {
                    result = Mul(result, a);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// A square root of <paramref name="a"/> when one exists: since p ≡ 3 (mod 4) it is a^((p+1)/4).
    /// </summary>
    public static bool TrySqrt(in Fp a, out Fp root)
    {
        // (p + 1) / 4, limbs least significant first.
        root = Pow(a, [0x4f082305b61f3f52UL, 0x65e05aa45a1c72a3UL, 0x6e14116da0605617UL, 0x0c19139cb84c680aUL]);
        return Square(root) == a;
    }

    // t = (t + a·bi + m·p) / 2^64 with m chosen to clear the low word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ulong a0, ulong a1, ulong a2, ulong a3, ulong bi, ref ulong t0, ref ulong t1, ref ulong t2, ref ulong t3)
    {
        t0 = MulAdd(a0, bi, t0, 0, out var c);
        t1 = MulAdd(a1, bi, t1, c, out c);
        t2 = MulAdd(a2, bi, t2, c, out c);
        t3 = MulAdd(a3, bi, t3, c, out var t4);
        Step(ref t0, ref t1, ref t2, ref t3, t4);
    }

    // One Montgomery reduction step: add m·p, where m = t0·(−p⁻¹), and shift right by one word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(ref ulong t0, ref ulong t1, ref ulong t2, ref ulong t3, ulong t4)
    {
        // m·P0 + t0 ≡ 0 (mod 2^64) by the choice of m: its low word is zero and it carries exactly when t0 ≠ 0.
        var m = t0 * PInv;
        var c = MulHigh(m, P0) + (t0 != 0 ? 1UL : 0UL);
        t0 = MulAdd(m, P1, t1, c, out c);
        t1 = MulAdd(m, P2, t2, c, out c);
        t2 = MulAdd(m, P3, t3, c, out c);
        t3 = t4 + c;
    }

    // A value below 2p to its representative below p: subtract p, and keep the difference unless it borrowed.
    // Selected with a mask rather than a branch, which would be mispredicted about half the time.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp Reduce(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        var d0 = Carry.Sub(l0, P0, 0, out var w);
        var d1 = Carry.Sub(l1, P1, w, out w);
        var d2 = Carry.Sub(l2, P2, w, out w);
        var d3 = Carry.Sub(l3, P3, w, out w);
        var keep = 0UL - w;
        return new Fp(d0 ^ ((d0 ^ l0) & keep), d1 ^ ((d1 ^ l1) & keep), d2 ^ ((d2 ^ l2) & keep), d3 ^ ((d3 ^ l3) & keep));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MulAdd(ulong a, ulong b, ulong c, out ulong high)
    {
        var h = MulHigh(a, b, out var l);
        l += c;
        high = h + (l < c ? 1UL : 0UL);
        return l;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong MulAdd(ulong a, ulong b, ulong c, ulong d, out ulong high)
    {
        var h = MulHigh(a, b, out var l);
        l += c;
        h += l < c ? 1UL : 0UL;
        l += d;
        h += l < d ? 1UL : 0UL;
        high = h;
        return l;
    }

    // The 128-bit product as (high, low). With BMI2 the high half comes from mulx and the low half from a plain
    // multiply: Math.BigMul's out parameter makes the JIT round-trip the low half through memory.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong MulHigh(ulong a, ulong b, out ulong low)
    {
        if (Bmi2.X64.IsSupported)
        {
            low = a * b;
            return Bmi2.X64.MultiplyNoFlags(a, b);
        }

        return Math.BigMul(a, b, out low);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MulHigh(ulong a, ulong b) =>
        Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(a, b) : Math.BigMul(a, b, out _);
}
