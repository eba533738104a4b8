namespace Glow.Core.Crypto;

/// <summary>
/// Variable-time u1·G + u2·P for signature verification and public-key recovery (public data only).
/// </summary>
/// <remarks>
/// Strauss–Shamir interleaving of four wNAF expansions that share one chain of about 128 doublings:
/// u1 = lo + hi·2^128 uses the precomputed odd multiples of G and 2^128·G; u2 = k1 + k2·λ (GLV) uses odd
/// multiples of P computed per call and their images under the endomorphism (β·X, Y, Z).
/// </remarks>
internal static class EcMult
{
    /// <summary>Window for the per-call table of P: odd multiples up to 15·P.</summary>
    private const int WindowP = 5;

    private const int TableP = 1 << (WindowP - 2);

    /// <summary>u1·G + u2·P.</summary>
    public static JacobianPoint MulAdd(in Scalar u1, in AffinePoint p, in Scalar u2)
    {
        Span<int> digits = stackalloc int[4 * Wnaf.MaxLength];
        var dLo = digits[..Wnaf.MaxLength];
        var dHi = digits.Slice(Wnaf.MaxLength, Wnaf.MaxLength);
        var d1 = digits.Slice(2 * Wnaf.MaxLength, Wnaf.MaxLength);
        var d2 = digits.Slice(3 * Wnaf.MaxLength, Wnaf.MaxLength);

        var lo = new Scalar(u1.L0, u1.L1, 0, 0);
        var hi = new Scalar(u1.L2, u1.L3, 0, 0);
        var lenLo = Wnaf.Compute(lo, GeneratorTables.Window, false, dLo);
        var lenHi = Wnaf.Compute(hi, GeneratorTables.Window, false, dHi);

        var len1 = 0;
        var len2 = 0;
        Span<JacobianPoint> table = stackalloc JacobianPoint[2 * TableP];
        if (!p.IsInfinity && !u2.IsZero)
        {
            Scalar.SplitLambda(u2, out var k1, out var k2);
            k1 = k1.Shorten(out var neg1);
            k2 = k2.Shorten(out var neg2);
            len1 = Wnaf.Compute(k1, WindowP, neg1, d1);
            len2 = Wnaf.Compute(k2, WindowP, neg2, d2);

            var pj = JacobianPoint.FromAffine(p);
            var twice = pj.Double();
            table[0] = pj;
            for (var i = 1; i < TableP; i++)
            {
                table[i] = table[i - 1].Add(twice);
            }

            for (var i = 0; i < TableP; i++)
            {
                table[TableP + i] = table[i].MulLambda();
            }
        }

        var oddG = GeneratorTables.OddG;
        var oddH = GeneratorTables.OddH;
        var acc = JacobianPoint.Infinity;
        var top = Math.Max(Math.Max(lenLo, lenHi), Math.Max(len1, len2));
        for (var i = top - 1; i >= 0; i--)
        {
            acc = acc.Double();
            int d;
            if ((d = dLo[i]) != 0)
            {
                acc = acc.AddMixed(d > 0 ? oddG[d >> 1] : oddG[-d >> 1].Negate());
            }

            if ((d = dHi[i]) != 0)
            {
                acc = acc.AddMixed(d > 0 ? oddH[d >> 1] : oddH[-d >> 1].Negate());
            }

            if ((d = d1[i]) != 0)
            {
                acc = acc.Add(d > 0 ? table[d >> 1] : table[-d >> 1].Negate());
            }

            if ((d = d2[i]) != 0)
            {
                acc = acc.Add(d > 0 ? table[TableP + (d >> 1)] : table[TableP + (-d >> 1)].Negate());
            }
        }

        return acc;
    }
}
