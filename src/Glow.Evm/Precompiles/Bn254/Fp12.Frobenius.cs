namespace Glow.Evm.Precompiles.Bn254;

/// <summary>
/// The Frobenius maps a ↦ a^(p^k) for k = 1, 2, 3. On Σ aᵢ·wⁱ they act as aᵢ ↦ frobᵏ(aᵢ)·γ_{k,i} with
/// γ_{k,i} = ξ^(i·(p^k − 1)/6), since w^(p^k) = w·(w⁶)^((p^k − 1)/6). The constants are derived once from
/// γ_{1,1} = ξ^((p − 1)/6) rather than typed in: γ_{2,i} = γ_{1,i}^(p+1) = γ_{1,i}·conj(γ_{1,i}) and
/// γ_{3,i} = γ_{1,i}^(p²+p+1) = γ_{1,i}²·conj(γ_{1,i}).
/// </summary>
internal readonly partial struct Fp12
{
    private static readonly Fp2[] Gamma1 = PowersOf(Fp2.Pow(Fp2.Xi, Convert.FromHexString(
        "0810b7bdd032f006f40d60f3c0403964ee9591c2e6bda1c234b017592414d4e1")));

    private static readonly Fp2[] Gamma2 = Derive(Gamma1, g => g * Fp2.Conjugate(g));

    private static readonly Fp2[] Gamma3 = Derive(Gamma1, g => Fp2.Square(g) * Fp2.Conjugate(g));

    /// <summary>ξ^((p − 1)/3), the factor ψ applies to x on the twist.</summary>
    internal static Fp2 TwistFrobeniusX => Gamma1[2];

    /// <summary>ξ^((p − 1)/2), the factor ψ applies to y on the twist.</summary>
    internal static Fp2 TwistFrobeniusY => Gamma1[3];

    /// <summary>ξ^((p² − 1)/3), the factor ψ² applies to x on the twist.</summary>
    internal static Fp2 TwistFrobeniusSquaredX => Gamma2[2];

    /// <summary>ξ^((p² − 1)/2), the factor ψ² applies to y on the twist (it is −1, since ξ is not a square in F_p²).</summary>
    internal static Fp2 TwistFrobeniusSquaredY => Gamma2[3];

    /// <summary>a^p.</summary>
    public static Fp12 Frobenius(in Fp12 a) => Apply(a, Gamma1, conjugate: true);

    /// <summary>a^(p²).</summary>
    public static Fp12 FrobeniusSquared(in Fp12 a) => Apply(a, Gamma2, conjugate: false);

    /// <summary>a^(p³).</summary>
    public static Fp12 FrobeniusCubed(in Fp12 a) => Apply(a, Gamma3, conjugate: true);

    private static Fp12 Apply(in Fp12 a, Fp2[] gamma, bool conjugate)
    {
        var a0 = conjugate ? Fp2.Conjugate(a.C0.C0) : a.C0.C0;
        var a2 = conjugate ? Fp2.Conjugate(a.C0.C1) : a.C0.C1;
        var a4 = conjugate ? Fp2.Conjugate(a.C0.C2) : a.C0.C2;
        var a1 = conjugate ? Fp2.Conjugate(a.C1.C0) : a.C1.C0;
        var a3 = conjugate ? Fp2.Conjugate(a.C1.C1) : a.C1.C1;
        var a5 = conjugate ? Fp2.Conjugate(a.C1.C2) : a.C1.C2;
        return new Fp12(
            new Fp6(a0, a2 * gamma[2], a4 * gamma[4]),
            new Fp6(a1 * gamma[1], a3 * gamma[3], a5 * gamma[5]));
    }

    private static Fp2[] PowersOf(Fp2 g)
    {
        var powers = new Fp2[6];
        powers[0] = Fp2.One;
        for (var i = 1; i < 6; i++)
        {
            powers[i] = powers[i - 1] * g;
        }

        return powers;
    }

    private static Fp2[] Derive(Fp2[] source, Func<Fp2, Fp2> map)
    {
        var result = new Fp2[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            result[i] = map(source[i]);
        }

        return result;
    }
}
