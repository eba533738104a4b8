using System.Runtime.CompilerServices;

namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// An element c0 + c1·w of GF(p¹²) = GF(p⁶)[w]/(w² − v), the target group's field. Writing the six GF(p²)
/// coefficients as (c0.c0, c0.c1, c0.c2, c1.c0, c1.c1, c1.c2), they multiply w⁰, w², w⁴, w¹, w³, w⁵; w⁶ = ξ.
/// </summary>
[SkipLocalsInit] // The inlined limb arithmetic leaves many scratch slots; zeroing them on every call is pure overhead.
internal readonly partial struct Fp12 : IEquatable<Fp12>
{
    /// <summary>The coefficient of 1.</summary>
    public readonly Fp6 C0;

    /// <summary>The coefficient of w.</summary>
    public readonly Fp6 C1;

    /// <summary>The element <paramref name="c0"/> + <paramref name="c1"/>·w.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Fp12(in Fp6 c0, in Fp6 c1)
    {
        C0 = c0;
        C1 = c1;
    }

    /// <summary>One, the identity of the target group.</summary>
    public static Fp12 One => new(Fp6.One, Fp6.Zero);

    /// <summary>True for one.</summary>
    public bool IsOne => C0 == Fp6.One && C1.IsZero;

    /// <summary>a·b with three GF(p⁶) multiplications (Karatsuba).</summary>
    public static Fp12 operator *(in Fp12 a, in Fp12 b)
    {
        var t0 = a.C0 * b.C0;
        var t1 = a.C1 * b.C1;
        var c1 = ((a.C0 + a.C1) * (b.C0 + b.C1)) - t0 - t1;
        return new Fp12(t0 + t1.MulByV(), c1);
    }

    /// <summary>a² = (c0² + v·c1²) + 2·c0·c1·w with two GF(p⁶) multiplications.</summary>
    public Fp12 Square()
    {
        var t = C0 * C1;
        var c0 = ((C0 + C1) * (C0 + C1.MulByV())) - t - t.MulByV();
        return new Fp12(c0, t + t);
    }

    /// <summary>
    /// a·ℓ for a sparse ℓ = (b0 + b1·v) + (b4·v)·w, i.e. ℓ = b0 + b1·w² + b4·w³: the shape of every Miller-loop
    /// line evaluation (13 GF(p²) multiplications instead of 18).
    /// </summary>
    public Fp12 MulBy014(in Fp2 b0, in Fp2 b1, in Fp2 b4)
    {
        var t0 = C0.MulBy01(b0, b1);
        var t1 = C1.MulBy1(b4);
        var c1 = (C0 + C1).MulBy01(b0, b1 + b4) - t0 - t1;
        return new Fp12(t1.MulByV() + t0, c1);
    }

    /// <summary>The conjugate c0 − c1·w = a^(p⁶); for elements of the cyclotomic subgroup it is the inverse.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Fp12 Conjugate() => new(C0, -C1);

    /// <summary>a⁻¹ = (c0 − c1·w)/(c0² − v·c1²); zero maps to zero.</summary>
    public Fp12 Inverse()
    {
        var t = (C0.Square() - C1.Square().MulByV()).Inverse();
        return new Fp12(C0 * t, -(C1 * t));
    }

    /// <summary>True when both hold the same element.</summary>
    public bool Equals(Fp12 other) => C0.Equals(other.C0) && C1.Equals(other.C1);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Fp12 other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(C0, C1);

    /// <summary>Equality of elements.</summary>
    public static bool operator ==(in Fp12 a, in Fp12 b) => a.Equals(b);

    /// <summary>Inequality of elements.</summary>
    public static bool operator !=(in Fp12 a, in Fp12 b) => !a.Equals(b);

    /// <summary>The coefficients, for test failure messages.</summary>
    public override string ToString() => $"{{{C0}, {C1}}}";
}
