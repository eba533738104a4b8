namespace Glow.Evm.Precompiles.Bn254;

/// <summary>
/// The Miller loop's running point T on the twist, in homogeneous projective coordinates (x = X/Z, y = Y/Z),
/// with the doubling and mixed addition steps that also return the line through the points evaluated at
/// P = (xP, yP) in G1.
/// </summary>
/// <remarks>
/// Under the untwisting (x', y') ↦ (x'·w², y'·w³) a line with slope λ' on the twist becomes, at P,
/// yP − λ'·xP·w + (λ'·x' − y')·w³: coefficients of 1, w and w³ only (<see cref="Fp12.MulByLine"/>). Lines are
/// scaled by factors in F_p², which the final exponentiation maps to 1. The formulas follow Costello, Lange and
/// Naehrig, "Faster pairing computations on curves with high-degree twists" (PKC 2010), with the doubling
/// multiplied through by 4 so that no halving is needed.
/// </remarks>
internal readonly struct TwistPoint
{
    /// <summary>3b' for the doubling formula.</summary>
    private static readonly Fp2 ThreeB = G2Point.TwistB + G2Point.TwistB + G2Point.TwistB;

    /// <summary>Projective X.</summary>
    public readonly Fp2 X;

    /// <summary>Projective Y.</summary>
    public readonly Fp2 Y;

    /// <summary>Projective Z.</summary>
    public readonly Fp2 Z;

    /// <summary>The point (X : Y : Z).</summary>
    public TwistPoint(in Fp2 x, in Fp2 y, in Fp2 z)
    {
        X = x;
        Y = y;
        Z = z;
    }

    /// <summary>
    /// 2T, and the tangent at T evaluated at P scaled by −2YZ: ℓ = −2YZ·yP + 3X²·xP·w + (3b'Z² − Y²)·w³.
    /// </summary>
    public static TwistPoint DoubleWithLine(in TwistPoint t, in Fp xP, in Fp yP, out Fp2 l0, out Fp2 l1, out Fp2 l3)
    {
        var a = Fp2.Square(t.X);
        var b = Fp2.Square(t.Y);
        var c = Fp2.Square(t.Z);
        var e = ThreeB * c;
        var f = e + e + e;
        var h = Fp2.Square(t.Y + t.Z) - b - c;
        var e2 = Fp2.Square(e);

        var x3 = Fp2.Double(t.X * t.Y) * (b - f);
        var y3 = Fp2.Square(b + f) - Fp2.Double(Fp2.Double(e2 + e2 + e2));
        var z3 = Fp2.Double(Fp2.Double(b * h));

        l0 = -(h * yP);
        l1 = (a + a + a) * xP;
        l3 = e - b;
        return new TwistPoint(x3, y3, z3);
    }

    /// <summary>
    /// T + Q for Q = (xQ, yQ) affine, and the line through T and Q evaluated at P scaled by λ = X − xQ·Z:
    /// ℓ = λ·yP − θ·xP·w + (θ·xQ − λ·yQ)·w³ with θ = Y − yQ·Z.
    /// </summary>
    public static TwistPoint AddWithLine(in TwistPoint t, in Fp2 xQ, in Fp2 yQ, in Fp xP, in Fp yP, out Fp2 l0, out Fp2 l1, out Fp2 l3)
    {
        var theta = t.Y - (yQ * t.Z);
        var lambda = t.X - (xQ * t.Z);
        var c = Fp2.Square(theta);
        var d = Fp2.Square(lambda);
        var e = lambda * d;
        var f = t.Z * c;
        var g = t.X * d;
        var h = e + f - Fp2.Double(g);

        var x3 = lambda * h;
        var y3 = (theta * (g - h)) - (t.Y * e);
        var z3 = t.Z * e;

        l0 = lambda * yP;
        l1 = -(theta * xP);
        l3 = (theta * xQ) - (lambda * yQ);
        return new TwistPoint(x3, y3, z3);
    }
}
