namespace Glow.Evm.Precompiles.Bn254;

/// <summary>
/// The final exponentiation f^((p¹² − 1)/r), split as (p⁶ − 1)(p² + 1) · (p⁴ − p² + 1)/r. The easy part costs
/// one inversion and Frobenius maps; the hard part writes (p⁴ − p² + 1)/r in base p with coefficients that are
/// polynomials in u (Scott, Benger, Charlemagne, Dominguez Perez, Kachisa, "On the final exponentiation for
/// calculating pairings on ordinary elliptic curves", 2009), so it needs only three exponentiations by u.
/// </summary>
internal static partial class Pairing
{
    /// <summary>f^((p¹² − 1)/r).</summary>
    public static Fp12 FinalExponentiation(in Fp12 f)
    {
        // Easy part: f^(p⁶ − 1) = conj(f)/f, then ^(p² + 1). The result has norm one (the cyclotomic subgroup),
        // where the inverse is the conjugate.
        var t = Fp12.Conjugate(f) * Fp12.Inverse(f);
        var m = Fp12.FrobeniusSquared(t) * t;
        return HardPart(m);
    }

    /// <summary>
    /// m^((p⁴ − p² + 1)/r) for m in the cyclotomic subgroup. The exponent is λ0 + λ1·p + λ2·p² + λ3·p³ with
    /// λ3 = 1, λ2 = 6u² + 1, λ1 = −36u³ − 18u² − 12u + 1, λ0 = −36u³ − 30u² − 18u − 2; the chain below builds
    /// it from m, m^u, m^(u²), m^(u³) and their Frobenius images (the tests check it against plain
    /// exponentiation by the integer exponent).
    /// </summary>
    internal static Fp12 HardPart(in Fp12 m)
    {
        var mu = PowSeed(m);
        var mu2 = PowSeed(mu);
        var mu3 = PowSeed(mu2);

        var y0 = Fp12.Frobenius(m) * Fp12.FrobeniusSquared(m) * Fp12.FrobeniusCubed(m);
        var y1 = Fp12.Conjugate(m);
        var y2 = Fp12.FrobeniusSquared(mu2);
        var y3 = Fp12.Conjugate(Fp12.Frobenius(mu));
        var y4 = Fp12.Conjugate(mu * Fp12.Frobenius(mu2));
        var y5 = Fp12.Conjugate(mu2);
        var y6 = Fp12.Conjugate(mu3 * Fp12.Frobenius(mu3));

        var t0 = Fp12.CyclotomicSquare(y6) * y4 * y5;
        var t1 = y3 * y5 * t0;
        t0 *= y2;
        t1 = Fp12.CyclotomicSquare((Fp12.CyclotomicSquare(t1) * t0));
        t0 = t1 * y1;
        t1 *= y0;
        t0 = Fp12.CyclotomicSquare(t0);
        return t0 * t1;
    }

    /// <summary>m^u by square and multiply over the 63 bits of the seed, squaring in the cyclotomic subgroup.</summary>
    private static Fp12 PowSeed(in Fp12 m)
    {
        var acc = m;
        for (var bit = 61; bit >= 0; bit--)
        {
            acc = Fp12.CyclotomicSquare(acc);
            if (((G2Point.Seed >> bit) & 1) != 0)
            {
                acc *= m;
            }
        }

        return acc;
    }
}
