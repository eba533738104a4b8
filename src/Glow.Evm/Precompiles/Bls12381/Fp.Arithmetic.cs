using System.Runtime.CompilerServices;
using Glow.Core.Crypto;

namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>Field arithmetic: every result is fully reduced to [0, p).</summary>
internal readonly partial struct Fp
{
    // (p + 1)/4 as little-endian limbs: square roots, since p ≡ 3 (mod 4). An array field rather than a span
    // property over a collection expression, which unoptimised builds allocate on every access.
    private static readonly ulong[] PPlus1Over4 =
    [
        0xEE7FBFFFFFFFEAABUL, 0x07AAFFFFAC54FFFFUL, 0xD9CC34A83DAC3D89UL,
        0xD91DD2E13CE144AFUL, 0x92C6E9ED90D2EB35UL, 0x0680447A8E5FF9A6UL,
    ];

    /// <summary>a + b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp operator +(in Fp x, in Fp y)
    {
        // Both are below p < 2^381, so the sum fits in 384 bits; subtract p once when it is not below p.
        var s0 = Carry.Add(x.L0, y.L0, 0, out var c);
        var s1 = Carry.Add(x.L1, y.L1, c, out c);
        var s2 = Carry.Add(x.L2, y.L2, c, out c);
        var s3 = Carry.Add(x.L3, y.L3, c, out c);
        var s4 = Carry.Add(x.L4, y.L4, c, out c);
        var s5 = x.L5 + y.L5 + c;
        return ReduceOnce(s0, s1, s2, s3, s4, s5);
    }

    /// <summary>
    /// a + b without the final reduction: the limbs hold the integer a + b &lt; 2p, which is not a valid element for
    /// anything but a multiplication input. Montgomery multiplication accepts factors below 2p: with a, b &lt; 2p
    /// &lt; 2^382 the running total stays below 3p + 1 &lt; 2^383 in every round (so the no-carry variant still holds)
    /// and the result before its final subtraction is below (4p² + 2^384·p)/2^384 &lt; 1.5p.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp AddUnreduced(in Fp x, in Fp y)
    {
        var s0 = Carry.Add(x.L0, y.L0, 0, out var c);
        var s1 = Carry.Add(x.L1, y.L1, c, out c);
        var s2 = Carry.Add(x.L2, y.L2, c, out c);
        var s3 = Carry.Add(x.L3, y.L3, c, out c);
        var s4 = Carry.Add(x.L4, y.L4, c, out c);
        return new Fp(s0, s1, s2, s3, s4, x.L5 + y.L5 + c);
    }

    /// <summary>
    /// a − b + p without reduction: an integer in (0, 2p), valid only as a multiplication input (see <see cref="AddUnreduced"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp SubtractUnreduced(in Fp x, in Fp y)
    {
        var s0 = Carry.Add(x.L0, M0, 0, out var c);
        var s1 = Carry.Add(x.L1, M1, c, out c);
        var s2 = Carry.Add(x.L2, M2, c, out c);
        var s3 = Carry.Add(x.L3, M3, c, out c);
        var s4 = Carry.Add(x.L4, M4, c, out c);
        var s5 = x.L5 + M5 + c;
        var d0 = Carry.Sub(s0, y.L0, 0, out var b);
        var d1 = Carry.Sub(s1, y.L1, b, out b);
        var d2 = Carry.Sub(s2, y.L2, b, out b);
        var d3 = Carry.Sub(s3, y.L3, b, out b);
        var d4 = Carry.Sub(s4, y.L4, b, out b);
        return new Fp(d0, d1, d2, d3, d4, s5 - y.L5 - b);
    }

    /// <summary>a − b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp operator -(in Fp x, in Fp y)
    {
        var d0 = Carry.Sub(x.L0, y.L0, 0, out var b);
        var d1 = Carry.Sub(x.L1, y.L1, b, out b);
        var d2 = Carry.Sub(x.L2, y.L2, b, out b);
        var d3 = Carry.Sub(x.L3, y.L3, b, out b);
        var d4 = Carry.Sub(x.L4, y.L4, b, out b);
        var d5 = Carry.Sub(x.L5, y.L5, b, out b);

        // On a borrow the difference wrapped around 2^384: add p back.
        var mask = 0UL - b;
        d0 = Carry.Add(d0, M0 & mask, 0, out var c);
        d1 = Carry.Add(d1, M1 & mask, c, out c);
        d2 = Carry.Add(d2, M2 & mask, c, out c);
        d3 = Carry.Add(d3, M3 & mask, c, out c);
        d4 = Carry.Add(d4, M4 & mask, c, out c);
        d5 += (M5 & mask) + c;
        return new Fp(d0, d1, d2, d3, d4, d5);
    }

    /// <summary>−a.</summary>
    public static Fp operator -(in Fp x) => x.IsZero ? x : Zero - x;

    /// <summary>a·b (Montgomery multiplication).</summary>
    public static Fp operator *(in Fp x, in Fp y)
    {
        // CIOS Montgomery multiplication. p's top limb is below 2^63 − 1, so the running total never needs a
        // seventh limb (the "no-carry" variant): each round ends with t5 = c + a without overflow, and the result
        // is below 2p.
        ulong t0, t1, t2, t3, t4, t5, m, a, c;

        // Round 0: t += x·y[0], then t = (t + m·modulus) / 2^64 with m chosen to clear the low limb.
        a = Math.BigMul(x.L0, y.L0, out t0);
        m = t0 * N0;
        _ = Carry.MulAdd(m, M0, t0, 0, out c);
        t1 = Carry.MulAdd(x.L1, y.L0, 0, a, out a);
        t0 = Carry.MulAdd(m, M1, t1, c, out c);
        t2 = Carry.MulAdd(x.L2, y.L0, 0, a, out a);
        t1 = Carry.MulAdd(m, M2, t2, c, out c);
        t3 = Carry.MulAdd(x.L3, y.L0, 0, a, out a);
        t2 = Carry.MulAdd(m, M3, t3, c, out c);
        t4 = Carry.MulAdd(x.L4, y.L0, 0, a, out a);
        t3 = Carry.MulAdd(m, M4, t4, c, out c);
        t5 = Carry.MulAdd(x.L5, y.L0, 0, a, out a);
        t4 = Carry.MulAdd(m, M5, t5, c, out c);
        t5 = c + a;

        // Round 1: t += x·y[1], then t = (t + m·modulus) / 2^64 with m chosen to clear the low limb.
        t0 = Carry.MulAdd(x.L0, y.L1, t0, 0, out a);
        m = t0 * N0;
        _ = Carry.MulAdd(m, M0, t0, 0, out c);
        t1 = Carry.MulAdd(x.L1, y.L1, t1, a, out a);
        t0 = Carry.MulAdd(m, M1, t1, c, out c);
        t2 = Carry.MulAdd(x.L2, y.L1, t2, a, out a);
        t1 = Carry.MulAdd(m, M2, t2, c, out c);
        t3 = Carry.MulAdd(x.L3, y.L1, t3, a, out a);
        t2 = Carry.MulAdd(m, M3, t3, c, out c);
        t4 = Carry.MulAdd(x.L4, y.L1, t4, a, out a);
        t3 = Carry.MulAdd(m, M4, t4, c, out c);
        t5 = Carry.MulAdd(x.L5, y.L1, t5, a, out a);
        t4 = Carry.MulAdd(m, M5, t5, c, out c);
        t5 = c + a;

        // Round 2: t += x·y[2], then t = (t + m·modulus) / 2^64 with m chosen to clear the low limb.
        t0 = Carry.MulAdd(x.L0, y.L2, t0, 0, out a);
        m = t0 * N0;
        _ = Carry.MulAdd(m, M0, t0, 0, out c);
        t1 = Carry.MulAdd(x.L1, y.L2, t1, a, out a);
        t0 = Carry.MulAdd(m, M1, t1, c, out c);
        t2 = Carry.MulAdd(x.L2, y.L2, t2, a, out a);
        t1 = Carry.MulAdd(m, M2, t2, c, out c);
        t3 = Carry.MulAdd(x.L3, y.L2, t3, a, out a);
        t2 = Carry.MulAdd(m, M3, t3, c, out c);
        t4 = Carry.MulAdd(x.L4, y.L2, t4, a, out a);
        t3 = Carry.MulAdd(m, M4, t4, c, out c);
        t5 = Carry.MulAdd(x.L5, y.L2, t5, a, out a);
        t4 = Carry.MulAdd(m, M5, t5, c, out c);
        t5 = c + a;

        // Round 3: t += x·y[3], then t = (t + m·modulus) / 2^64 with m chosen to clear the low limb.
        t0 = Carry.MulAdd(x.L0, y.L3, t0, 0, out a);
        m = t0 * N0;
        _ = Carry.MulAdd(m, M0, t0, 0, out c);
        t1 = Carry.MulAdd(x.L1, y.L3, t1, a, out a);
        t0 = Carry.MulAdd(m, M1, t1, c, out c);
        t2 = Carry.MulAdd(x.L2, y.L3, t2, a, out a);
        t1 = Carry.MulAdd(m, M2, t2, c, out c);
        t3 = Carry.MulAdd(x.L3, y.L3, t3, a, out a);
        t2 = Carry.MulAdd(m, M3, t3, c, out c);
        t4 = Carry.MulAdd(x.L4, y.L3, t4, a, out a);
        t3 = Carry.MulAdd(m, M4, t4, c, out c);
        t5 = Carry.MulAdd(x.L5, y.L3, t5, a, out a);
        t4 = Carry.MulAdd(m, M5, t5, c, out c);
        t5 = c + a;

        // Round 4: t += x·y[4], then t = (t + m·modulus) / 2^64 with m chosen to clear the low limb.
        t0 = Carry.MulAdd(x.L0, y.L4, t0, 0, out a);
        m = t0 * N0;
        _ = Carry.MulAdd(m, M0, t0, 0, out c);
        t1 = Carry.MulAdd(x.L1, y.L4, t1, a, out a);
        t0 = Carry.MulAdd(m, M1, t1, c, out c);
        t2 = Carry.MulAdd(x.L2, y.L4, t2, a, out a);
        t1 = Carry.MulAdd(m, M2, t2, c, out c);
        t3 = Carry.MulAdd(x.L3, y.L4, t3, a, out a);
        t2 = Carry.MulAdd(m, M3, t3, c, out c);
        t4 = Carry.MulAdd(x.L4, y.L4, t4, a, out a);
        t3 = Carry.MulAdd(m, M4, t4, c, out c);
        t5 = Carry.MulAdd(x.L5, y.L4, t5, a, out a);
        t4 = Carry.MulAdd(m, M5, t5, c, out c);
        t5 = c + a;

        // Round 5: t += x·y[5], then t = (t + m·modulus) / 2^64 with m chosen to clear the low limb.
        t0 = Carry.MulAdd(x.L0, y.L5, t0, 0, out a);
        m = t0 * N0;
        _ = Carry.MulAdd(m, M0, t0, 0, out c);
        t1 = Carry.MulAdd(x.L1, y.L5, t1, a, out a);
        t0 = Carry.MulAdd(m, M1, t1, c, out c);
        t2 = Carry.MulAdd(x.L2, y.L5, t2, a, out a);
        t1 = Carry.MulAdd(m, M2, t2, c, out c);
        t3 = Carry.MulAdd(x.L3, y.L5, t3, a, out a);
        t2 = Carry.MulAdd(m, M3, t3, c, out c);
        t4 = Carry.MulAdd(x.L4, y.L5, t4, a, out a);
        t3 = Carry.MulAdd(m, M4, t4, c, out c);
        t5 = Carry.MulAdd(x.L5, y.L5, t5, a, out a);
        t4 = Carry.MulAdd(m, M5, t5, c, out c);
        t5 = c + a;

        return ReduceOnce(t0, t1, t2, t3, t4, t5);
    }

    /// <summary>a².</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Fp Square() => this * this;

    /// <summary>2a.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Fp Double() => this + this;

    /// <summary>
    /// a raised to the power given as little-endian limbs, by a fixed 4-bit window (one multiplication per nibble
    /// instead of one per set bit). Not constant time.
    /// </summary>
    public Fp Pow(ReadOnlySpan<ulong> exponent)
    {
        Span<Fp> powers = stackalloc Fp[16];
        powers[0] = One;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * this;
        }

        var result = One;
        for (var i = exponent.Length - 1; i >= 0; i--)
        {
            for (var shift = 60; shift >= 0; shift -= 4)
            {
                result = result.Square().Square().Square().Square();
                var nibble = (int)((exponent[i] >> shift) & 0xF);
                if (nibble != 0)
                {
                    result *= powers[nibble];
                }
            }
        }

        return result;
    }

    /// <summary>
    /// A square root of a, when one exists: since p ≡ 3 (mod 4), a^((p+1)/4) is a root exactly when a is a square.
    /// Which of the two roots is returned is unspecified; callers choose by <see cref="IsLexicographicallyLargest"/>.
    /// </summary>
    public bool TrySqrt(out Fp root)
    {
        root = Pow(PPlus1Over4);
        return root.Square() == this;
    }

    /// <summary>Subtracts p from a value below 2p when it is not below p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fp ReduceOnce(ulong s0, ulong s1, ulong s2, ulong s3, ulong s4, ulong s5)
    {
        var d0 = Carry.Sub(s0, M0, 0, out var b);
        var d1 = Carry.Sub(s1, M1, b, out b);
        var d2 = Carry.Sub(s2, M2, b, out b);
        var d3 = Carry.Sub(s3, M3, b, out b);
        var d4 = Carry.Sub(s4, M4, b, out b);
        var d5 = Carry.Sub(s5, M5, b, out b);

        // Borrow: s was already below p, keep it.
        var keep = 0UL - b;
        return new Fp(
            d0 ^ ((d0 ^ s0) & keep),
            d1 ^ ((d1 ^ s1) & keep),
            d2 ^ ((d2 ^ s2) & keep),
            d3 ^ ((d3 ^ s3) & keep),
            d4 ^ ((d4 ^ s4) & keep),
            d5 ^ ((d5 ^ s5) & keep));
    }
}
