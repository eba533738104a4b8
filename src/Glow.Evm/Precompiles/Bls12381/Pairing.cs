using System.Runtime.CompilerServices;

namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// The optimal ate pairing on BLS12-381: a Miller loop over the bits of |x| (x = −0xd201000000010000) followed by the
/// final exponentiation to (p¹² − 1)/r. <see cref="Check"/> multiplies the Miller loops of several pairs (sharing the
/// squarings) and exponentiates once.
/// </summary>
/// <remarks>
/// The hard part of the final exponentiation raises to 3·(p⁴ − p² + 1)/r rather than (p⁴ − p² + 1)/r (see
/// <see cref="FinalExponentiation"/>), so <see cref="Pair"/> returns the cube of the textbook pairing value. That is
/// still a non-degenerate bilinear pairing, and since 3 is prime to r a product of pairings is 1 for both or for neither.
/// </remarks>
[SkipLocalsInit] // The inlined limb arithmetic leaves many scratch slots; zeroing them on every call is pure overhead.
internal static class Pairing
{
    /// <summary>e(P, Q).</summary>
    public static Fp12 Pair(in AffinePoint<Fp> p, in AffinePoint<Fp2> q) =>
        FinalExponentiation(MillerLoop([p], [new G2Prepared(q)]));

    /// <summary>True when ∏ e(P_i, Q_i) = 1. Allocation-free when the G2 points are prepared in advance.</summary>
    public static bool Check(ReadOnlySpan<AffinePoint<Fp>> g1, ReadOnlySpan<G2Prepared> g2) =>
        FinalExponentiation(MillerLoop(g1, g2)).IsOne;

    /// <summary>
    /// ∏ f_{|x|,Q_i}(P_i), conjugated because x &lt; 0. Pairs with either point at infinity contribute 1. The line
    /// through T (a multiple of Q on the twist), evaluated at P, is sparse: C0 + C1·xP·w² + C2·yP·w³.
    /// </summary>
    public static Fp12 MillerLoop(ReadOnlySpan<AffinePoint<Fp>> g1, ReadOnlySpan<G2Prepared> g2)
    {
        if (g1.Length != g2.Length)
        {
            throw new ArgumentException("One G2 point per G1 point.", nameof(g2));
        }

        var f = Fp12.One;
        var line = 0;
        for (var bit = 62; bit >= 0; bit--)
        {
            if (bit != 62)
            {
                f = f.Square();
            }

            f = MultiplyLines(f, g1, g2, line++);
            if (((BlsParameter.AbsX >> bit) & 1) != 0)
            {
                f = MultiplyLines(f, g1, g2, line++);
            }
        }

        return f.Conjugate();
    }

    /// <summary>
    /// f^((p¹² − 1)/r), up to a cube (see the type remarks). Easy part: f^((p⁶ − 1)(p² + 1)), which lands in the
    /// cyclotomic subgroup where inversion is conjugation. Hard part: Hayashida, Hayasaka and Teruya ("Efficient final
    /// exponentiation via cyclotomic structure for pairings over families of elliptic curves", ePrint 2020/875) give
    /// 3·(p⁴ − p² + 1)/r = (x − 1)²·(x + p)·(x² + p² − 1) + 3, i.e. four exponentiations by x and a few Frobenius maps.
    /// </summary>
    public static Fp12 FinalExponentiation(in Fp12 f)
    {
        var t = f.Conjugate() * f.Inverse();
        t = t.Frobenius2() * t;

        var a = ExpByX(t) * t.Conjugate();
        a = ExpByX(a) * a.Conjugate();
        a = ExpByX(a) * a.Frobenius();
        var b = ExpByX(ExpByX(a)) * a.Frobenius2() * a.Conjugate();
        return b * t.CyclotomicSquare() * t;
    }

    /// <summary>a^x for a in the cyclotomic subgroup: a^|x| by square and multiply (63 squarings, 5 products), conjugated.</summary>
    private static Fp12 ExpByX(in Fp12 a)
    {
        var result = a;
        for (var bit = 62; bit >= 0; bit--)
        {
            result = result.CyclotomicSquare();
            if (((BlsParameter.AbsX >> bit) & 1) != 0)
            {
                result *= a;
            }
        }

        return result.Conjugate();
    }

    private static Fp12 MultiplyLines(Fp12 f, ReadOnlySpan<AffinePoint<Fp>> g1, ReadOnlySpan<G2Prepared> g2, int line)
    {
        for (var i = 0; i < g1.Length; i++)
        {
            ref readonly var p = ref g1[i];
            var q = g2[i];
            if (p.IsInfinity || q.IsInfinity)
            {
                continue;
            }

            ref readonly var l = ref q.Lines[line];
            f = f.MulBy014(l.C0, l.C1 * p.X, l.C2 * p.Y);
        }

        return f;
    }
}
