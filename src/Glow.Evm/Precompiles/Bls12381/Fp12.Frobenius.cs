namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>Frobenius maps and the cyclotomic-subgroup operations the final exponentiation uses.</summary>
internal readonly partial struct Fp12
{
    // γ_k = ξ^(k(p−1)/6): (c·w^k)^p = conj(c)·w^k·γ_k, since w^(p−1) = (w⁶)^((p−1)/6).
    private static readonly Fp2 Gamma1 = new(
        Fp.FromHex("0x1904d3bf02bb0667c231beb4202c0d1f0fd603fd3cbd5f4f7b2443d784bab9c4f67ea53d63e7813d8d0775ed92235fb8"),
        Fp.FromHex("0x00fc3e2b36c4e03288e9e902231f9fb854a14787b6c7b36fec0c8ec971f63c5f282d5ac14d6c7ec22cf78a126ddc4af3"));

    private static readonly Fp2 Gamma2 = new(
        Fp.Zero,
        Fp.FromHex("0x1a0111ea397fe699ec02408663d4de85aa0d857d89759ad4897d29650fb85f9b409427eb4f49fffd8bfd00000000aaac"));

    private static readonly Fp2 Gamma3 = new(
        Fp.FromHex("0x06af0e0437ff400b6831e36d6bd17ffe48395dabc2d3435e77f76e17009241c5ee67992f72ec05f4c81084fbede3cc09"),
        Fp.FromHex("0x06af0e0437ff400b6831e36d6bd17ffe48395dabc2d3435e77f76e17009241c5ee67992f72ec05f4c81084fbede3cc09"));

    private static readonly Fp2 Gamma4 = new(
        Fp.FromHex("0x1a0111ea397fe699ec02408663d4de85aa0d857d89759ad4897d29650fb85f9b409427eb4f49fffd8bfd00000000aaad"),
        Fp.Zero);

    private static readonly Fp2 Gamma5 = new(
        Fp.FromHex("0x05b2cfd9013a5fd8df47fa6b48b1e045f39816240c0b8fee8beadf4d8e9c0566c63a3e6e257f87329b18fae980078116"),
        Fp.FromHex("0x144e4211384586c16bd3ad4afa99cc9170df3560e77982d0db45f3536814f0bd5871c1908bd478cd1ee605167ff82995"));

    // δ_k = ξ^(k(p²−1)/6), which lie in GF(p): (c·w^k)^(p²) = c·w^k·δ_k (GF(p²) is fixed by p²).
    private static readonly Fp Delta1 = Fp.FromHex("0x5f19672fdf76ce51ba69c6076a0f77eaddb3a93be6f89688de17d813620a00022e01fffffffeffff");
    private static readonly Fp Delta2 = Fp.FromHex("0x5f19672fdf76ce51ba69c6076a0f77eaddb3a93be6f89688de17d813620a00022e01fffffffefffe");
    private static readonly Fp Delta3 = Fp.FromHex("0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaaa");
    private static readonly Fp Delta4 = Fp.FromHex("0x1a0111ea397fe699ec02408663d4de85aa0d857d89759ad4897d29650fb85f9b409427eb4f49fffd8bfd00000000aaac");
    private static readonly Fp Delta5 = Fp.FromHex("0x1a0111ea397fe699ec02408663d4de85aa0d857d89759ad4897d29650fb85f9b409427eb4f49fffd8bfd00000000aaad");

    /// <summary>a^p.</summary>
    public Fp12 Frobenius() => new(
        new Fp6(C0.C0.Conjugate(), C0.C1.Conjugate() * Gamma2, C0.C2.Conjugate() * Gamma4),
        new Fp6(C1.C0.Conjugate() * Gamma1, C1.C1.Conjugate() * Gamma3, C1.C2.Conjugate() * Gamma5));

    /// <summary>a^(p²).</summary>
    public Fp12 Frobenius2() => new(
        new Fp6(C0.C0, C0.C1 * Delta2, C0.C2 * Delta4),
        new Fp6(C1.C0 * Delta1, C1.C1 * Delta3, C1.C2 * Delta5));

    /// <summary>
    /// a² for a in the cyclotomic subgroup (a^(p⁶+1) = 1), by Granger and Scott ("Faster squaring in the cyclotomic
    /// subgroup of sixth degree extensions", 2010): seen over GF(p⁴) = GF(p²)[s]/(s² − ξ), s = w³, a = A + B·w + C·w²
    /// with A = c0.c0 + c1.c1·s, B = c1.c0 + c0.c2·s, C = c0.c1 + c1.c2·s, and then
    /// A' = 3A² − 2·conj(A), B' = 3s·C² + 2·conj(B), C' = 3B² − 2·conj(C). Nine GF(p²) squarings.
    /// The result is wrong for elements outside the subgroup.
    /// </summary>
    public Fp12 CyclotomicSquare()
    {
        var (a0, a1) = Fp4Square(C0.C0, C1.C1);
        var (b0, b1) = Fp4Square(C1.C0, C0.C2);
        var (c0, c1) = Fp4Square(C0.C1, C1.C2);

        // A' = 3A² − 2·conj(A): (3·a0 − 2·c0.c0, 3·a1 + 2·c1.c1).
        var na0 = (a0 - C0.C0).Double() + a0;
        var na1 = (a1 + C1.C1).Double() + a1;

        // B' = 3s·C² + 2·conj(B), with s·(x + y·s) = ξ·y + x·s: (3ξ·c1 + 2·c1.c0, 3·c0 − 2·c0.c2).
        var sc = c1.MulByNonResidue();
        var nb0 = (sc + C1.C0).Double() + sc;
        var nb1 = (c0 - C0.C2).Double() + c0;

        // C' = 3B² − 2·conj(C): (3·b0 − 2·c0.c1, 3·b1 + 2·c1.c2).
        var nc0 = (b0 - C0.C1).Double() + b0;
        var nc1 = (b1 + C1.C2).Double() + b1;

        return new Fp12(new Fp6(na0, nc0, nb1), new Fp6(nb0, na1, nc1));
    }

    /// <summary>(x + y·s)² = (x² + ξ·y²) + 2xy·s in GF(p⁴) = GF(p²)[s]/(s² − ξ).</summary>
    private static (Fp2 C0, Fp2 C1) Fp4Square(in Fp2 x, in Fp2 y)
    {
        var t0 = x.Square();
        var t1 = y.Square();
        return (t0 + t1.MulByNonResidue(), (x + y).Square() - t0 - t1);
    }
}
