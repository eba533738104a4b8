namespace Glow.Evm.Precompiles.Bn254;

/// <summary>
/// The optimal ate pairing on bn254 (Vercauteren, "Optimal pairings", 2010): a Miller loop over 6u + 2 with two
/// Frobenius correction steps, then the final exponentiation to the power (p¹² − 1)/r. Products of pairings
/// share one loop (one squaring per step for all pairs) and one final exponentiation.
/// </summary>
internal static partial class Pairing
{
    // 6u + 2 in signed binary (non-adjacent form), least significant digit first; 65 digits, the top one 1.
    private static readonly sbyte[] LoopDigits = NonAdjacentForm((6 * (UInt128)G2Point.Seed) + 2);

    /// <summary>
    /// True when Π e(Pᵢ, Qᵢ) = 1. Pairs with a point at infinity contribute 1 and are skipped. The points must
    /// already be validated (on their curves, Q in G2).
    /// </summary>
    public static bool ProductIsOne(ReadOnlySpan<G1Point> p, ReadOnlySpan<G2Point> q)
    {
        var f = MillerLoop(p, q);
        return FinalExponentiation(f).IsOne;
    }

    /// <summary>e(P, Q) itself, for the algebraic tests.</summary>
    public static Fp12 Pair(in G1Point p, in G2Point q) =>
        FinalExponentiation(MillerLoop([p], [q]));

    /// <summary>The product of the Miller functions f_{6u+2,Q}(P) with the two correction lines, before the final exponentiation.</summary>
    public static Fp12 MillerLoop(ReadOnlySpan<G1Point> p, ReadOnlySpan<G2Point> q)
    {
        // Affine coordinates of the finite pairs; everything else works in projective coordinates.
        var count = 0;
        Span<Fp> px = stackalloc Fp[p.Length];
        Span<Fp> py = stackalloc Fp[p.Length];
        Span<Fp2> qx = stackalloc Fp2[p.Length];
        Span<Fp2> qy = stackalloc Fp2[p.Length];
        for (var i = 0; i < p.Length; i++)
        {
            if (p[i].IsInfinity || q[i].IsInfinity)
            {
                continue;
            }

            p[i].ToAffine(out px[count], out py[count]);
            q[i].ToAffine(out qx[count], out qy[count]);
            count++;
        }

        var f = Fp12.One;
        if (count == 0)
        {
            return f;
        }

        Span<TwistPoint> t = stackalloc TwistPoint[count];
        for (var i = 0; i < count; i++)
        {
            t[i] = new TwistPoint(qx[i], qy[i], Fp2.One);
        }

        var digits = LoopDigits;
        for (var d = digits.Length - 2; d >= 0; d--)
        {
            f = Fp12.Square(f);
            for (var i = 0; i < count; i++)
            {
                t[i] = TwistPoint.DoubleWithLine(t[i], px[i], py[i], out var l0, out var l1, out var l3);
                f = Fp12.MulByLine(f, l0, l1, l3);
            }

            if (digits[d] != 0)
            {
                for (var i = 0; i < count; i++)
                {
                    var y = digits[d] > 0 ? qy[i] : -qy[i];
                    t[i] = TwistPoint.AddWithLine(t[i], qx[i], y, px[i], py[i], out var l0, out var l1, out var l3);
                    f = Fp12.MulByLine(f, l0, l1, l3);
                }
            }
        }

        // Corrections: add π(Q), then −π²(Q) (Vercauteren, section 4, for BN curves).
        for (var i = 0; i < count; i++)
        {
            var q1x = Fp2.Conjugate(qx[i]) * Fp12.TwistFrobeniusX;
            var q1y = Fp2.Conjugate(qy[i]) * Fp12.TwistFrobeniusY;
            t[i] = TwistPoint.AddWithLine(t[i], q1x, q1y, px[i], py[i], out var l0, out var l1, out var l3);
            f = Fp12.MulByLine(f, l0, l1, l3);

            var q2x = qx[i] * Fp12.TwistFrobeniusSquaredX;
            var q2y = -(qy[i] * Fp12.TwistFrobeniusSquaredY);
            _ = TwistPoint.AddWithLine(t[i], q2x, q2y, px[i], py[i], out l0, out l1, out l3);
            f = Fp12.MulByLine(f, l0, l1, l3);
        }

        return f;
    }

    private static sbyte[] NonAdjacentForm(UInt128 value)
    {
        var digits = new List<sbyte>();
        while (value != 0)
        {
            sbyte digit = 0;
            if ((value & 1) != 0)
            {
                digit = (value & 3) == 3 ? (sbyte)-1 : (sbyte)1;
                value = digit > 0 ? value - 1 : value + 1;
            }

            digits.Add(digit);
            value >>= 1;
        }

        return [.. digits];
    }
}
