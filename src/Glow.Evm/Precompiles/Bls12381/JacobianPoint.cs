using System.Runtime.CompilerServices;

namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// A curve point in Jacobian coordinates (X : Y : Z) standing for (X/Z², Y/Z³), Z = 0 for infinity, on a curve
/// y² = x³ + b (a = 0) over <typeparamref name="T"/>. The formulas are the a = 0 ones of the Explicit-Formulas
/// Database (dbl-2009-l, add-2007-bl, madd-2007-bl); none depends on b. Not constant time: every input here is public.
/// </summary>
/// <typeparam name="T">The coordinate field.</typeparam>
[SkipLocalsInit] // The inlined limb arithmetic leaves many scratch slots; zeroing them on every call is pure overhead.
internal readonly struct JacobianPoint<T> : IEquatable<JacobianPoint<T>>
    where T : struct, IFieldElement<T>
{
    /// <summary>X.</summary>
    public readonly T X;

    /// <summary>Y.</summary>
    public readonly T Y;

    /// <summary>Z (zero for infinity).</summary>
    public readonly T Z;

    /// <summary>The point (<paramref name="x"/> : <paramref name="y"/> : <paramref name="z"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JacobianPoint(in T x, in T y, in T z)
    {
        X = x;
        Y = y;
        Z = z;
    }

    /// <summary>The point at infinity (1 : 1 : 0).</summary>
    public static JacobianPoint<T> Infinity => new(T.One, T.One, T.Zero);

    /// <summary>True for the point at infinity.</summary>
    public bool IsInfinity => Z.IsZero;

    /// <summary>The affine point <paramref name="p"/> with Z = 1.</summary>
    public static JacobianPoint<T> FromAffine(in AffinePoint<T> p) => p.IsInfinity ? Infinity : new(p.X, p.Y, T.One);

    /// <summary>The affine point, at the cost of one inversion.</summary>
    public AffinePoint<T> ToAffine()
    {
        if (IsInfinity)
        {
            return AffinePoint<T>.Infinity;
        }

        var zInverse = Z.Inverse();
        var zInverse2 = zInverse.Square();
        return new AffinePoint<T>(X * zInverse2, Y * zInverse2 * zInverse);
    }

    /// <summary>−P.</summary>
    public JacobianPoint<T> Negate() => new(X, -Y, Z);

    /// <summary>2P (dbl-2009-l: 2M + 5S).</summary>
    public JacobianPoint<T> Double()
    {
        var a = X.Square();
        var b = Y.Square();
        var c = b.Square();
        var d = ((X + b).Square() - a - c).Double();
        var e = a.Double() + a;
        var f = e.Square();
        var x3 = f - d.Double();
        var c8 = c.Double().Double().Double();
        var y3 = (e * (d - x3)) - c8;
        var z3 = (Y * Z).Double();
        return new JacobianPoint<T>(x3, y3, z3);
    }

    /// <summary>P + Q for an affine Q (madd-2007-bl: 7M + 4S).</summary>
    public JacobianPoint<T> Add(in AffinePoint<T> q)
    {
        if (q.IsInfinity)
        {
            return this;
        }

        if (IsInfinity)
        {
            return FromAffine(q);
        }

        var z1z1 = Z.Square();
        var u2 = q.X * z1z1;
        var s2 = q.Y * Z * z1z1;
        var h = u2 - X;
        var r = (s2 - Y).Double();
        if (h.IsZero)
        {
            return r.IsZero ? Double() : Infinity;
        }

        var hh = h.Square();
        var i = hh.Double().Double();
        var j = h * i;
        var v = X * i;
        var x3 = r.Square() - j - v.Double();
        var y3 = (r * (v - x3)) - (Y * j).Double();
        var z3 = (Z + h).Square() - z1z1 - hh;
        return new JacobianPoint<T>(x3, y3, z3);
    }

    /// <summary>P + Q (add-2007-bl: 11M + 5S).</summary>
    public JacobianPoint<T> Add(in JacobianPoint<T> q)
    {
        if (q.IsInfinity)
        {
            return this;
        }

        if (IsInfinity)
        {
            return q;
        }

        var z1z1 = Z.Square();
        var z2z2 = q.Z.Square();
        var u1 = X * z2z2;
        var u2 = q.X * z1z1;
        var s1 = Y * q.Z * z2z2;
        var s2 = q.Y * Z * z1z1;
        var h = u2 - u1;
        var r = (s2 - s1).Double();
        if (h.IsZero)
        {
            return r.IsZero ? Double() : Infinity;
        }

        var i = h.Double().Square();
        var j = h * i;
        var v = u1 * i;
        var x3 = r.Square() - j - v.Double();
        var y3 = (r * (v - x3)) - (s1 * j).Double();
        var z3 = ((Z + q.Z).Square() - z1z1 - z2z2) * h;
        return new JacobianPoint<T>(x3, y3, z3);
    }

    /// <summary>k·P for a non-negative integer k given as little-endian 64-bit limbs (left-to-right double and add).</summary>
    public JacobianPoint<T> Multiply(ReadOnlySpan<ulong> scalar)
    {
        var result = Infinity;
        for (var i = scalar.Length - 1; i >= 0; i--)
        {
            for (var bit = 63; bit >= 0; bit--)
            {
                result = result.Double();
                if (((scalar[i] >> bit) & 1) != 0)
                {
                    result = result.Add(this);
                }
            }
        }

        return result;
    }

    /// <summary>True when both stand for the same point: X1·Z2² = X2·Z1² and Y1·Z2³ = Y2·Z1³.</summary>
    public bool Equals(JacobianPoint<T> other)
    {
        if (IsInfinity || other.IsInfinity)
        {
            return IsInfinity && other.IsInfinity;
        }

        var z1z1 = Z.Square();
        var z2z2 = other.Z.Square();
        return (X * z2z2).Equals(other.X * z1z1) && (Y * z2z2 * other.Z).Equals(other.Y * z1z1 * Z);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is JacobianPoint<T> other && Equals(other);

    /// <summary>Hash of the affine form (an inversion: meant for tests and dictionaries, not hot paths).</summary>
    public override int GetHashCode() => ToAffine().GetHashCode();

    /// <summary>Equality of points.</summary>
    public static bool operator ==(in JacobianPoint<T> a, in JacobianPoint<T> b) => a.Equals(b);

    /// <summary>Inequality of points.</summary>
    public static bool operator !=(in JacobianPoint<T> a, in JacobianPoint<T> b) => !a.Equals(b);

    /// <summary>The affine coordinates, for test failure messages.</summary>
    public override string ToString() => ToAffine().ToString();
}
