namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// One Miller-loop line, precomputed from the G2 side: evaluated at a G1 point P = (xP, yP) it is
/// ℓ(P) = C0 + C1·xP·w² + C2·yP·w³ (scaled by factors in proper subfields, which the final exponentiation removes).
/// </summary>
internal readonly struct LineCoefficients
{
    /// <summary>The constant term.</summary>
    public readonly Fp2 C0;

    /// <summary>The coefficient multiplied by xP (at w²).</summary>
    public readonly Fp2 C1;

    /// <summary>The coefficient multiplied by yP (at w³).</summary>
    public readonly Fp2 C2;

    /// <summary>The line with the given coefficients.</summary>
    public LineCoefficients(in Fp2 c0, in Fp2 c1, in Fp2 c2)
    {
        C0 = c0;
        C1 = c1;
        C2 = c2;
    }
}
