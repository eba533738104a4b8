namespace Glow.Evm.Precompiles.Bn254;

/// <summary>
/// Squaring in the cyclotomic subgroup, where every value lives after the easy part of the final exponentiation
/// (Granger and Scott, "Faster squaring in the cyclotomic subgroup of sixth degree extensions", PKC 2010).
/// </summary>
/// <remarks>
/// F_p¹² is viewed as F_p⁴[t]/(t³ − s) with F_p⁴ = F_p²[s]/(s² − ξ), t = w and s = w³, so that
/// f = z0 + z1·t + z2·t² with z0 = a0 + a3·s, z1 = a1 + a4·s, z2 = a2 + a5·s (f = Σ aᵢ·wⁱ). For f of norm one,
/// f² = (3z0² − 2·conj(z0)) + (3s·z2² + 2·conj(z1))·t + (3z1² − 2·conj(z2))·t², conj being s ↦ −s: three
/// squarings in F_p⁴ (nine in F_p²) instead of a full F_p¹² squaring.
/// </remarks>
internal readonly partial struct Fp12
{
    /// <summary>a² for a in the cyclotomic subgroup (the result is wrong for other elements).</summary>
    public static Fp12 CyclotomicSquare(in Fp12 a)
    {
        Fp4Square(a.C0.C0, a.C1.C1, out var a0, out var a1);
        Fp4Square(a.C1.C0, a.C0.C2, out var b0, out var b1);
        Fp4Square(a.C0.C1, a.C1.C2, out var c0, out var c1);

        // z0' = 3z0² − 2conj(z0)
        var n0 = Triple(a0) - Fp2.Double(a.C0.C0);
        var n3 = Triple(a1) + Fp2.Double(a.C1.C1);

        // z1' = 3s·z2² + 2conj(z1), where s·(x + y·s) = ξ·y + x·s
        var n1 = Triple(Fp2.MulByXi(c1)) + Fp2.Double(a.C1.C0);
        var n4 = Triple(c0) - Fp2.Double(a.C0.C2);

        // z2' = 3z1² − 2conj(z2)
        var n2 = Triple(b0) - Fp2.Double(a.C0.C1);
        var n5 = Triple(b1) + Fp2.Double(a.C1.C2);

        return new Fp12(new Fp6(n0, n2, n4), new Fp6(n1, n3, n5));
    }

    // (x + y·s)² = (x² + ξ·y²) + ((x + y)² − x² − y²)·s
    private static void Fp4Square(in Fp2 x, in Fp2 y, out Fp2 r0, out Fp2 r1)
    {
        var t0 = Fp2.Square(x);
        var t1 = Fp2.Square(y);
        r0 = t0 + Fp2.MulByXi(t1);
        r1 = Fp2.Square(x + y) - t0 - t1;
    }

    private static Fp2 Triple(in Fp2 a) => Fp2.Double(a) + a;
}
