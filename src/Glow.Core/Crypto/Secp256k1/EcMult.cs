namespace Glow.Core.Crypto;

/// <summary>
/// Variable-time u1·G + u2·P for signature verification and public-key recovery (public data only).
/// </summary>
/// <remarks>
/// <para>
/// Strauss–Shamir interleaving of four wNAF expansions that share one chain of about 128 doublings:
/// u1 = lo + hi·2^128 uses the precomputed odd multiples of G and 2^128·G; u2 = k1 + k2·λ (GLV) uses odd
/// multiples of P computed per call and their images under the endomorphism, (β·x, y).
/// </para>
/// <para>
/// The odd multiples of P are made "effectively affine" without an inversion. The maps
/// (x, y) ↦ (c²x, c³y) are isomorphisms from y² = x³ + 7 to y² = x³ + 7c⁶, and the doubling and addition
/// formulas do not involve the constant, so the computation may run on any such curve. With D = 2P =
/// (X, Y, Z), D is affine on the curve scaled by c = Z, so P, 3P, … follow by mixed additions there; their
/// Z coordinates are then brought to the last one, Zc, using the Z ratios the additions return, and the
/// points are affine on the curve scaled by Z·Zc. The whole sum is accumulated on that curve: the G-table
/// points are mapped onto it (two multiplications each) and the final Z is multiplied by Z·Zc to return.
/// </para>
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
        Span<AffinePoint> table = stackalloc AffinePoint[2 * TableP];
        var isoZ = FieldElement.One;
        var scaled = false;
        if (!p.IsInfinity && !u2.IsZero)
        {
            Scalar.SplitLambda(u2, out var k1, out var k2);
            k1 = k1.Shorten(out var neg1);
            k2 = k2.Shorten(out var neg2);
            len1 = Wnaf.Compute(k1, WindowP, neg1, d1);
            len2 = Wnaf.Compute(k2, WindowP, neg2, d2);
            isoZ = OddMultiplesOnIsomorphicCurve(p, table);
            scaled = true;
        }

        // The G tables live on the original curve; on the isomorphic one their points are (Z²x, Z³y).
        var isoZ2 = FieldElement.Sqr(isoZ);
        var isoZ3 = isoZ2 * isoZ;
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
                acc = acc.AddMixed(Scale(oddG[Math.Abs(d) >> 1], d < 0, scaled, isoZ2, isoZ3));
            }

            if ((d = dHi[i]) != 0)
            {
                acc = acc.AddMixed(Scale(oddH[Math.Abs(d) >> 1], d < 0, scaled, isoZ2, isoZ3));
            }

            if ((d = d1[i]) != 0)
            {
                acc = acc.AddMixed(d > 0 ? table[d >> 1] : table[-d >> 1].Negate());
            }

            if ((d = d2[i]) != 0)
            {
                acc = acc.AddMixed(d > 0 ? table[TableP + (d >> 1)] : table[TableP + (-d >> 1)].Negate());
            }
        }

        return acc.IsInfinity || !scaled ? acc : new JacobianPoint(acc.X, acc.Y, acc.Z * isoZ);
    }

    /// <summary>
    /// Fills <paramref name="table"/> with P, 3P, …, 15P followed by their λ images, all affine on the curve
    /// scaled by the returned factor Z (see the remarks on the class).
    /// </summary>
    private static FieldElement OddMultiplesOnIsomorphicCurve(in AffinePoint p, Span<AffinePoint> table)
    {
        var twice = JacobianPoint.FromAffine(p).Double();
        var zd2 = FieldElement.Sqr(twice.Z);
        var zd3 = zd2 * twice.Z;
        var dIso = new AffinePoint(twice.X, twice.Y);

        // On the curve scaled by Zd: P' = (Zd²x, Zd³y), and odd multiples by adding D' = (X, Y). No special
        // case can occur: (2i − 1)P = ±2P would give P a small order, and n is prime.
        Span<JacobianPoint> jac = stackalloc JacobianPoint[TableP];
        Span<FieldElement> ratio = stackalloc FieldElement[TableP];
        jac[0] = new JacobianPoint(p.X * zd2, p.Y * zd3, FieldElement.One);
        for (var i = 1; i < TableP; i++)
        {
            jac[i] = JacobianPoint.AddMixedUnchecked(jac[i - 1], dIso, out ratio[i]);
        }

        // Bring every point to the last Z: point i is scaled by s_i = Z_last / Z_i = ratio[i+1]·…·ratio[last].
        var last = TableP - 1;
        table[last] = new AffinePoint(jac[last].X, jac[last].Y);
        var s = ratio[last];
        for (var i = last - 1; i >= 0; i--)
        {
            var s2 = FieldElement.Sqr(s);
            table[i] = new AffinePoint(jac[i].X * s2, jac[i].Y * s2 * s);
            if (i > 0)
            {
                s *= ratio[i];
            }
        }

        for (var i = 0; i < TableP; i++)
        {
            table[TableP + i] = table[i].MulLambda();
        }

        return twice.Z * jac[last].Z;
    }

    private static AffinePoint Scale(in AffinePoint q, bool negate, bool scaled, in FieldElement z2, in FieldElement z3)
    {
        if (!scaled)
        {
            return negate ? q.Negate() : q;
        }

        var y = q.Y * z3;
        return new AffinePoint(q.X * z2, negate ? -y : y);
    }
}
