using System.Runtime.CompilerServices;

namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// A point (x, y) of a short Weierstrass curve y² = x³ + b over the field <typeparamref name="T"/>, or the point at
/// infinity. G1 points use <see cref="Fp"/> coordinates (see <see cref="G1"/>), G2 points <see cref="Fp2"/> (see <see cref="G2"/>).
/// </summary>
/// <typeparam name="T">The coordinate field.</typeparam>
internal readonly struct AffinePoint<T> : IEquatable<AffinePoint<T>>
    where T : struct, IFieldElement<T>
{
    /// <summary>The x-coordinate (zero for infinity).</summary>
    public readonly T X;

    /// <summary>The y-coordinate (zero for infinity).</summary>
    public readonly T Y;

    /// <summary>True for the point at infinity, the group identity.</summary>
    public readonly bool IsInfinity;

    /// <summary>The finite point (<paramref name="x"/>, <paramref name="y"/>); the caller vouches that it is on the curve.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AffinePoint(in T x, in T y)
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
    public static AffinePoint<T> Infinity => new(true);

    /// <summary>−P = (x, −y).</summary>
    public AffinePoint<T> Negate() => IsInfinity ? this : new AffinePoint<T>(X, -Y);

    /// <summary>P in Jacobian coordinates.</summary>
    public JacobianPoint<T> ToJacobian() => JacobianPoint<T>.FromAffine(this);

    /// <summary>True when both are the same point.</summary>
    public bool Equals(AffinePoint<T> other) =>
        IsInfinity ? other.IsInfinity : !other.IsInfinity && X.Equals(other.X) && Y.Equals(other.Y);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AffinePoint<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => IsInfinity ? 0 : HashCode.Combine(X, Y);

    /// <summary>Equality of points.</summary>
    public static bool operator ==(in AffinePoint<T> a, in AffinePoint<T> b) => a.Equals(b);

    /// <summary>Inequality of points.</summary>
    public static bool operator !=(in AffinePoint<T> a, in AffinePoint<T> b) => !a.Equals(b);

    /// <summary>The coordinates, for test failure messages.</summary>
    public override string ToString() => IsInfinity ? "infinity" : $"({X}, {Y})";
}
