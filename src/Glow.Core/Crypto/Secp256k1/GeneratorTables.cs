namespace Glow.Core.Crypto;

/// <summary>
/// Precomputed multiples of the generator, built once on first use (a few milliseconds) and then shared
/// read-only by every thread.
/// </summary>
internal static class GeneratorTables
{
    /// <summary>Window of the wNAF digits used with <see cref="OddG"/> and <see cref="OddH"/>.</summary>
    public const int Window = 12;

    /// <summary>Odd multiples G, 3G, 5G, …, (2^(Window−1) − 1)·G in affine form.</summary>
    public static readonly AffinePoint[] OddG = OddMultiples(AffinePoint.G, 1 << (Window - 2));

    /// <summary>Odd multiples of H = 2^128·G, so that a 256-bit scalar splits into two 128-bit halves.</summary>
    public static readonly AffinePoint[] OddH = OddMultiples(Power2G(128), 1 << (Window - 2));

    /// <summary>
    /// The fixed-window table for constant-time k·G: entry [16·i + d] holds (x, y) of d·2^(4i)·G for d = 1..15;
    /// entry d = 0 holds G as a harmless placeholder (the caller masks it out). X and Y interleaved.
    /// </summary>
    public static readonly FieldElement[] Comb = BuildComb();

    /// <summary>2^k·G by doubling.</summary>
    public static AffinePoint Power2G(int k)
    {
        var p = JacobianPoint.FromAffine(AffinePoint.G);
        for (var i = 0; i < k; i++)
        {
            p = p.Double();
        }

        return p.ToAffine();
    }

    private static AffinePoint[] OddMultiples(in AffinePoint p, int count)
    {
        var jac = new JacobianPoint[count];
        var twice = JacobianPoint.FromAffine(p).Double().ToAffine();
        jac[0] = JacobianPoint.FromAffine(p);
        for (var i = 1; i < count; i++)
        {
            jac[i] = jac[i - 1].AddMixed(twice);
        }

        var result = new AffinePoint[count];
        JacobianPoint.ToAffine(jac, result, new FieldElement[count]);
        return result;
    }

    private static FieldElement[] BuildComb()
    {
        const int Windows = 64;
        var jac = new JacobianPoint[Windows * 16];
        var baseAffine = AffinePoint.G;
        for (var i = 0; i < Windows; i++)
        {
            // d·B for d = 1..15 with B = 2^(4i)·G; slot 0 gets B too (placeholder).
            var b = JacobianPoint.FromAffine(baseAffine);
            jac[i * 16] = b;
            jac[(i * 16) + 1] = b;
            for (var d = 2; d < 16; d++)
            {
                jac[(i * 16) + d] = jac[(i * 16) + d - 1].AddMixed(baseAffine);
            }

            // next base: 16·B
            baseAffine = jac[(i * 16) + 15].AddMixed(baseAffine).ToAffine();
        }

        var affine = new AffinePoint[jac.Length];
        JacobianPoint.ToAffine(jac, affine, new FieldElement[jac.Length]);
        var table = new FieldElement[jac.Length * 2];
        for (var i = 0; i < affine.Length; i++)
        {
            table[2 * i] = affine[i].X;
            table[(2 * i) + 1] = affine[i].Y;
        }

        return table;
    }
}
