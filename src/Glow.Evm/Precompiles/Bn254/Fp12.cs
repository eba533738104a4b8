namespace Glow.Evm.Precompiles.Bn254;

/// <summary>
/// An element c0 + c1·w of F_p¹² = F_p⁶[w]/(w² − v), where the pairing takes its values. Seen over F_p² it is
/// Σ aᵢ·wⁱ (i = 0..5, w⁶ = ξ) with c0 = (a0, a2, a4) and c1 = (a1, a3, a5); the Frobenius maps use that view.
/// </summary>
internal readonly partial struct Fp12
{
    /// <summary>The F_p⁶ part without w.</summary>
    public readonly Fp6 C0;

    /// <summary>The coefficient of w.</summary>
    public readonly Fp6 C1;

    /// <summary>The element c0 + c1·w.</summary>
    public Fp12(in Fp6 c0, in Fp6 c1)
    {
        C0 = c0;
        C1 = c1;
    }

    /// <summary>One.</summary>
    public static Fp12 One => new(Fp6.One, Fp6.Zero);

    /// <summary>True for one.</summary>
    public bool IsOne => C0.ValueEquals(Fp6.One) && C1.IsZero;

    /// <summary>a · b with three F_p⁶ multiplications (Karatsuba).</summary>
    public static Fp12 operator *(in Fp12 a, in Fp12 b)
    {
        var t0 = a.C0 * b.C0;
        var t1 = a.C1 * b.C1;
        var c1 = ((a.C0 + a.C1) * (b.C0 + b.C1)) - t0 - t1;
        return new Fp12(t0 + Fp6.MulByV(t1), c1);
    }

    /// <summary>a² = (c0 + c1)(c0 + v·c1) − t − v·t + 2t·w with t = c0·c1 (complex squaring).</summary>
    public static Fp12 Square(in Fp12 a)
    {
        var t = a.C0 * a.C1;
        var c0 = ((a.C0 + a.C1) * (a.C0 + Fp6.MulByV(a.C1))) - t - Fp6.MulByV(t);
        return new Fp12(c0, t + t);
    }

    /// <summary>The conjugate c0 − c1·w = a^(p⁶); the inverse of elements of norm one (all pairing values after the easy part).</summary>
    public static Fp12 Conjugate(in Fp12 a) => new(a.C0, -a.C1);

    /// <summary>a⁻¹ = (c0 − c1·w) / (c0² − v·c1²).</summary>
    public static Fp12 Inverse(in Fp12 a)
    {
        var norm = Fp6.Inverse(Fp6.Square(a.C0) - Fp6.MulByV(Fp6.Square(a.C1)));
        return new Fp12(a.C0 * norm, -(a.C1 * norm));
    }

    /// <summary>
    /// a · ℓ for a line ℓ = l0 + (l1 + l3·v)·w (coefficients of 1, w and w³), the sparse shape every Miller-loop
    /// line has on the D-type twist: thirteen F_p² multiplications instead of eighteen.
    /// </summary>
    public static Fp12 MulByLine(in Fp12 a, in Fp2 l0, in Fp2 l1, in Fp2 l3)
    {
        var t0 = Fp6.MulByFp2(a.C0, l0);
        var t1 = Fp6.MulBy01(a.C1, l1, l3);
        var c1 = Fp6.MulBy01(a.C0 + a.C1, l0 + l1, l3) - t0 - t1;
        return new Fp12(t0 + Fp6.MulByV(t1), c1);
    }

    /// <summary>Coefficient-wise equality.</summary>
    public bool ValueEquals(in Fp12 other) => C0.ValueEquals(other.C0) && C1.ValueEquals(other.C1);
}
