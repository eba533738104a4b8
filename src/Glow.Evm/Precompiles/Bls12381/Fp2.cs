using System.Runtime.CompilerServices;

namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// An element c0 + c1·u of GF(p²) = GF(p)[u]/(u² + 1), the field of the G2 coordinates. The sextic twist and
/// the tower above it use the non-residue ξ = 1 + u.
/// </summary>
[SkipLocalsInit] // The inlined limb arithmetic leaves many scratch slots; zeroing them on every call is pure overhead.
internal readonly struct Fp2 : IFieldElement<Fp2>
{
    /// <summary>The coefficient of 1.</summary>
    public readonly Fp C0;

    /// <summary>The coefficient of u.</summary>
    public readonly Fp C1;

    /// <summary>The element <paramref name="c0"/> + <paramref name="c1"/>·u.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Fp2(in Fp c0, in Fp c1)
    {
        C0 = c0;
        C1 = c1;
    }

    /// <summary>Zero.</summary>
    public static Fp2 Zero => default;

    /// <summary>One.</summary>
    public static Fp2 One => new(Fp.One, Fp.Zero);

    /// <summary>True for zero.</summary>
    public bool IsZero => C0.IsZero && C1.IsZero;

    /// <summary>a + b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 operator +(in Fp2 a, in Fp2 b) => new(a.C0 + b.C0, a.C1 + b.C1);

    /// <summary>a − b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 operator -(in Fp2 a, in Fp2 b) => new(a.C0 - b.C0, a.C1 - b.C1);

    /// <summary>−a.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 operator -(in Fp2 a) => new(-a.C0, -a.C1);

    /// <summary>a·b with three base-field multiplications (Karatsuba).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 operator *(in Fp2 a, in Fp2 b)
    {
        var t0 = a.C0 * b.C0;
        var t1 = a.C1 * b.C1;
        var t2 = Fp.AddUnreduced(a.C0, a.C1) * Fp.AddUnreduced(b.C0, b.C1);
        return new Fp2(t0 - t1, t2 - t0 - t1);
    }

    /// <summary>a·s for a base-field scalar s.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp2 operator *(in Fp2 a, in Fp s) => new(a.C0 * s, a.C1 * s);

    /// <summary>a² = (c0 + c1)(c0 − c1) + 2·c0·c1·u.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Fp2 Square()
    {
        var t = C0 * C1;
        return new Fp2(Fp.AddUnreduced(C0, C1) * Fp.SubtractUnreduced(C0, C1), t + t);
    }

    /// <summary>2a.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Fp2 Double() => new(C0.Double(), C1.Double());

    /// <summary>a·ξ with ξ = 1 + u: (c0 − c1) + (c0 + c1)·u.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Fp2 MulByNonResidue() => new(C0 - C1, C0 + C1);

    /// <summary>The conjugate c0 − c1·u, which is also the Frobenius map a^p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Fp2 Conjugate() => new(C0, -C1);

    /// <summary>a⁻¹ = conj(a)/(c0² + c1²); zero maps to zero.</summary>
    public Fp2 Inverse()
    {
        var normInverse = (C0.Square() + C1.Square()).Inverse();
        return new Fp2(C0 * normInverse, -(C1 * normInverse));
    }

    /// <summary>
    /// A square root of a, when one exists. With the norm n = c0² + c1² (a square in GF(p) whenever a is a square),
    /// a root is x0 + x1·u with x0² = (c0 ± √n)/2 and x1 = c1/(2·x0). The result is checked by squaring.
    /// </summary>
    public bool TrySqrt(out Fp2 root)
    {
        root = default;
        if (C1.IsZero)
        {
            // a is in GF(p): either c0 or −c0 is a square there (−1 is not), giving √c0 or √(−c0)·u.
            if (C0.TrySqrt(out var r0))
            {
                root = new Fp2(r0, Fp.Zero);
                return true;
            }

            if ((-C0).TrySqrt(out var r1))
            {
                root = new Fp2(Fp.Zero, r1);
                return true;
            }

            return false;
        }

        if (!(C0.Square() + C1.Square()).TrySqrt(out var s))
        {
            return false;
        }

        var half = Fp.FromUInt64(2).Inverse();
        var x0Squared = (C0 + s) * half;
        if (!x0Squared.TrySqrt(out var x0))
        {
            x0Squared = (C0 - s) * half;
            if (!x0Squared.TrySqrt(out x0))
            {
                return false;
            }
        }

        var x1 = C1 * x0.Double().Inverse();
        root = new Fp2(x0, x1);
        return root.Square() == this;
    }

    /// <summary>
    /// The ZCash encoding's sign of a G2 y-coordinate: the sign of c1, or of c0 when c1 is zero
    /// (see <see cref="Fp.IsLexicographicallyLargest"/>).
    /// </summary>
    public bool IsLexicographicallyLargest => C1.IsZero ? C0.IsLexicographicallyLargest : C1.IsLexicographicallyLargest;

    /// <summary>True when both hold the same element.</summary>
    public bool Equals(Fp2 other) => C0.Equals(other.C0) && C1.Equals(other.C1);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Fp2 other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(C0, C1);

    /// <summary>Equality of elements.</summary>
    public static bool operator ==(in Fp2 a, in Fp2 b) => a.Equals(b);

    /// <summary>Inequality of elements.</summary>
    public static bool operator !=(in Fp2 a, in Fp2 b) => !a.Equals(b);

    /// <summary>The coefficients as hex, for test failure messages.</summary>
    public override string ToString() => $"({C0} + {C1}·u)";
}
