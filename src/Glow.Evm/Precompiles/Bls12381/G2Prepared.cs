namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// A G2 point with the coefficients of every Miller-loop line precomputed (63 tangent lines and 5 chord lines for the
/// bits of |x|). The lines depend only on the G2 point, so a fixed point (the generator, the setup's [τ]₂) is prepared
/// once and each pairing then only evaluates lines at its G1 point. Immutable.
/// </summary>
internal sealed class G2Prepared
{
    private readonly LineCoefficients[] _lines;

    /// <summary>
    /// Prepares <paramref name="q"/>, which must be in G2 (the loop relies on there being no 2-torsion and on T never
    /// meeting ±Q, both true in the prime-order subgroup).
    /// </summary>
    public G2Prepared(in AffinePoint<Fp2> q)
    {
        IsInfinity = q.IsInfinity;
        if (IsInfinity)
        {
            _lines = [];
            return;
        }

        var lines = new List<LineCoefficients>(70);

        // T in homogeneous projective coordinates (X : Y : Z) = (X/Z, Y/Z), starting at Q.
        var x = q.X;
        var y = q.Y;
        var z = Fp2.One;
        for (var bit = 62; bit >= 0; bit--)
        {
            lines.Add(DoublingStep(ref x, ref y, ref z));
            if (((BlsParameter.AbsX >> bit) & 1) != 0)
            {
                lines.Add(AdditionStep(ref x, ref y, ref z, q));
            }
        }

        _lines = [.. lines];
    }

    /// <summary>True when the point is the identity (its pairing with anything is 1).</summary>
    public bool IsInfinity { get; }

    /// <summary>The lines in Miller-loop order.</summary>
    public ReadOnlySpan<LineCoefficients> Lines => _lines;

    /// <summary>
    /// T ← 2T and the tangent line at T. On E' the tangent at (x, y) has slope 3x²/(2y); after untwisting and
    /// scaling by 2YZ² and 1/Z (using Y²Z = X³ + b'Z³) the line is (Y² − 3b'Z²) − 3X²·xP·w² + 2YZ·yP·w³.
    /// The point formulas are the homogeneous a = 0 doubling of Costello, Lange and Naehrig ("Faster pairing
    /// computations on curves with high-degree twists", 2010), multiplied through by 4 to avoid halving:
    /// X' = 2XY(Y² − 9b'Z²), Y' = (Y² + 9b'Z²)² − 108b'²Z⁴, Z' = 8Y³Z.
    /// </summary>
    private static LineCoefficients DoublingStep(ref Fp2 x, ref Fp2 y, ref Fp2 z)
    {
        var xx = x.Square();
        var yy = y.Square();
        var bzz = MulByB(z.Square());
        var bzz3 = bzz.Double() + bzz;
        var bzz9 = bzz3.Double() + bzz3;
        var yz = y * z;
        var line = new LineCoefficients(yy - bzz3, -(xx.Double() + xx), yz.Double());

        var sum = yy + bzz9;
        var bzz3Squared = bzz3.Square();
        var newX = (x * y).Double() * (yy - bzz9);
        var newY = sum.Square() - (bzz3Squared.Double().Double() + (bzz3Squared.Double().Double().Double()));
        var newZ = (yy * yz).Double().Double().Double();
        x = newX;
        y = newY;
        z = newZ;
        return line;
    }

    /// <summary>
    /// T ← T + Q and the chord through T and Q: with θ = Y − yQ·Z and λ = X − xQ·Z the line, scaled by λ, is
    /// (θ·xQ − λ·yQ) − θ·xP·w² + λ·yP·w³, and the mixed homogeneous addition gives
    /// X' = λH, Y' = θ(G − H) − Y·λ³, Z' = Z·λ³ with G = Xλ², H = λ³ + Zθ² − 2G.
    /// </summary>
    private static LineCoefficients AdditionStep(ref Fp2 x, ref Fp2 y, ref Fp2 z, in AffinePoint<Fp2> q)
    {
        var theta = y - (q.Y * z);
        var lambda = x - (q.X * z);
        var line = new LineCoefficients((theta * q.X) - (lambda * q.Y), -theta, lambda);

        var c = theta.Square();
        var d = lambda.Square();
        var e = d * lambda;
        var f = z * c;
        var g = x * d;
        var h = e + f - g.Double();
        var newX = lambda * h;
        var newY = (theta * (g - h)) - (y * e);
        var newZ = z * e;
        x = newX;
        y = newY;
        z = newZ;
        return line;
    }

    /// <summary>a·b' with b' = 4(1 + u).</summary>
    private static Fp2 MulByB(in Fp2 a) => a.MulByNonResidue().Double().Double();
}
