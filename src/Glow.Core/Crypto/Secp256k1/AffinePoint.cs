namespace Glow.Core.Crypto;

/// <summary>A point (x, y) of secp256k1 in affine coordinates, or the point at infinity.</summary>
internal readonly struct AffinePoint
{
    /// <summary>The x coordinate (meaningless at infinity).</summary>
    public readonly FieldElement X;

    /// <summary>The y coordinate (meaningless at infinity).</summary>
    public readonly FieldElement Y;

    /// <summary>True for the point at infinity.</summary>
    public readonly bool IsInfinity;

    /// <summary>The point (x, y); the caller vouches that it lies on the curve.</summary>
    public AffinePoint(in FieldElement x, in FieldElement y)
    {
        X = x;
        Y = y;
        IsInfinity = false;
    }

    private AffinePoint(bool infinity)
    {
        X = default;
        Y = default;
        IsInfinity = infinity;
    }

    /// <summary>The point at infinity.</summary>
    public static AffinePoint Infinity => new(true);

    /// <summary>The generator G.</summary>
    public static AffinePoint G => new(
        new FieldElement(0x59F2815B16F81798UL, 0x029BFCDB2DCE28D9UL, 0x55A06295CE870B07UL, 0x79BE667EF9DCBBACUL),
        new FieldElement(0x9C47D08FFB10D4B8UL, 0xFD17B448A6855419UL, 0x5DA4FBFC0E1108A8UL, 0x483ADA7726A3C465UL));

    /// <summary>The constant b = 7 of y² = x³ + 7.</summary>
    public static FieldElement B => FieldElement.FromInt(7);

    /// <summary>−P = (x, −y).</summary>
    public AffinePoint Negate() => IsInfinity ? this : new AffinePoint(X, -Y);

    /// <summary>λ·P = (β·x, y), the GLV endomorphism.</summary>
    public AffinePoint MulLambda() => IsInfinity ? this : new AffinePoint(X * FieldElement.Beta, Y);

    /// <summary>True when y² = x³ + 7 (or at infinity).</summary>
    public bool IsOnCurve => IsInfinity || FieldElement.Sqr(Y).EqualsValue((FieldElement.Sqr(X) * X) + B);

    /// <summary>
    /// The point with this x and a y of the given parity, when x³ + 7 is a square; false when x is not
    /// the x coordinate of any point.
    /// </summary>
    public static bool TryFromX(in FieldElement x, bool odd, out AffinePoint point)
    {
        if (!((FieldElement.Sqr(x) * x) + B).TrySqrt(out var y))
        {
            point = Infinity;
            return false;
        }

        if (y.IsOdd != odd)
        {
            y = -y;
        }

        point = new AffinePoint(x.Normalize(), y.Normalize());
        return true;
    }

    /// <summary>Same point (variable time).</summary>
    public bool EqualsPoint(in AffinePoint other) =>
        IsInfinity ? other.IsInfinity : !other.IsInfinity && X.EqualsValue(other.X) && Y.EqualsValue(other.Y);

    /// <summary>Affine coordinates as hex, for test failure messages.</summary>
    public override string ToString() => IsInfinity ? "infinity" : $"({X}, {Y})";
}
