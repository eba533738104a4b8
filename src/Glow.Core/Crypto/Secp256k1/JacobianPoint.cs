namespace Glow.Core.Crypto;

/// <summary>
/// A point in Jacobian coordinates: (X, Y, Z) stands for the affine (X/Z², Y/Z³). Infinity is a flag.
/// The formulas in <c>JacobianPoint.Add.cs</c> use a = 0 (y² = x³ + 7).
/// </summary>
internal readonly partial struct JacobianPoint
{
    /// <summary>X coordinate.</summary>
    public readonly FieldElement X;

    /// <summary>Y coordinate.</summary>
    public readonly FieldElement Y;

    /// <summary>Z coordinate.</summary>
    public readonly FieldElement Z;

    /// <summary>True for the point at infinity.</summary>
    public readonly bool IsInfinity;

    /// <summary>The point (X, Y, Z).</summary>
    public JacobianPoint(in FieldElement x, in FieldElement y, in FieldElement z)
    {
        X = x;
        Y = y;
        Z = z;
        IsInfinity = false;
    }

    private JacobianPoint(bool infinity)
    {
        X = default;
        Y = default;
        Z = default;
        IsInfinity = infinity;
    }

    /// <summary>The point at infinity.</summary>
    public static JacobianPoint Infinity => new(true);

    /// <summary>The affine point with Z = 1.</summary>
    public static JacobianPoint FromAffine(in AffinePoint p) => p.IsInfinity ? Infinity : new JacobianPoint(p.X, p.Y, FieldElement.One);

    /// <summary>−P.</summary>
    public JacobianPoint Negate() => IsInfinity ? this : new JacobianPoint(X, -Y, Z);

    /// <summary>λ·P = (β·X, Y, Z).</summary>
    public JacobianPoint MulLambda() => IsInfinity ? this : new JacobianPoint(X * FieldElement.Beta, Y, Z);

    /// <summary>The affine point, by one constant-time field inversion.</summary>
    public AffinePoint ToAffine()
    {
        if (IsInfinity)
        {
            return AffinePoint.Infinity;
        }

        var zi = Z.Inverse();
        var zi2 = FieldElement.Sqr(zi);
        return new AffinePoint((X * zi2).Normalize(), (Y * zi2 * zi).Normalize());
    }

    /// <summary>The affine point, by a variable-time inversion: for public points only.</summary>
    public AffinePoint ToAffineVar()
    {
        if (IsInfinity)
        {
            return AffinePoint.Infinity;
        }

        var zi = SafeGcd.InverseVar(Z);
        var zi2 = FieldElement.Sqr(zi);
        return new AffinePoint((X * zi2).Normalize(), (Y * zi2 * zi).Normalize());
    }

    /// <summary>
    /// Converts many points at once with a single inversion (Montgomery's trick): three multiplications
    /// per point instead of one inversion each. <paramref name="scratch"/> must be as long as the input.
    /// None of the points may be at infinity.
    /// </summary>
    public static void ToAffine(ReadOnlySpan<JacobianPoint> points, Span<AffinePoint> result, Span<FieldElement> scratch)
    {
        // scratch[i] = Z0·Z1·…·Zi
        scratch[0] = points[0].Z;
        for (var i = 1; i < points.Length; i++)
        {
            scratch[i] = scratch[i - 1] * points[i].Z;
        }

        var inv = scratch[points.Length - 1].Inverse();
        for (var i = points.Length - 1; i >= 0; i--)
        {
            // inv = (Z0·…·Zi)^−1, so Zi^−1 = inv · (Z0·…·Z(i−1)).
            var zi = i > 0 ? inv * scratch[i - 1] : inv;
            if (i > 0)
            {
                inv *= points[i].Z;
            }

            var zi2 = FieldElement.Sqr(zi);
            result[i] = new AffinePoint((points[i].X * zi2).Normalize(), (points[i].Y * zi2 * zi).Normalize());
        }
    }

    /// <summary>Affine coordinates as hex, for test failure messages.</summary>
    public override string ToString() => ToAffine().ToString();
}
