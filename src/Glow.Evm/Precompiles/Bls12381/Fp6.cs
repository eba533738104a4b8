using System.Runtime.CompilerServices;

namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>An element c0 + c1·v + c2·v² of GF(p⁶) = GF(p²)[v]/(v³ − ξ), ξ = 1 + u.</summary>
[SkipLocalsInit] // The inlined limb arithmetic leaves many scratch slots; zeroing them on every call is pure overhead.
internal readonly struct Fp6 : IEquatable<Fp6>
{
    /// <summary>The coefficient of 1.</summary>
    public readonly Fp2 C0;

    /// <summary>The coefficient of v.</summary>
    public readonly Fp2 C1;

    /// <summary>The coefficient of v².</summary>
    public readonly Fp2 C2;

    /// <summary>The element <paramref name="c0"/> + <paramref name="c1"/>·v + <paramref name="c2"/>·v².</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Fp6(in Fp2 c0, in Fp2 c1, in Fp2 c2)
    {
        C0 = c0;
        C1 = c1;
        C2 = c2;
    }

    /// <summary>Zero.</summary>
    public static Fp6 Zero => default;

    /// <summary>One.</summary>
    public static Fp6 One => new(Fp2.One, Fp2.Zero, Fp2.Zero);

    /// <summary>True for zero.</summary>
    public bool IsZero => C0.IsZero && C1.IsZero && C2.IsZero;

    /// <summary>a + b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp6 operator +(in Fp6 a, in Fp6 b) => new(a.C0 + b.C0, a.C1 + b.C1, a.C2 + b.C2);

    /// <summary>a − b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp6 operator -(in Fp6 a, in Fp6 b) => new(a.C0 - b.C0, a.C1 - b.C1, a.C2 - b.C2);

    /// <summary>−a.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Fp6 operator -(in Fp6 a) => new(-a.C0, -a.C1, -a.C2);

    /// <summary>a·b with six GF(p²) multiplications (Karatsuba over the three coefficients).</summary>
    public static Fp6 operator *(in Fp6 a, in Fp6 b)
    {
        var t0 = a.C0 * b.C0;
        var t1 = a.C1 * b.C1;
        var t2 = a.C2 * b.C2;
        var c0 = (((a.C1 + a.C2) * (b.C1 + b.C2)) - t1 - t2).MulByNonResidue() + t0;
        var c1 = ((a.C0 + a.C1) * (b.C0 + b.C1)) - t0 - t1 + t2.MulByNonResidue();
        var c2 = ((a.C0 + a.C2) * (b.C0 + b.C2)) - t0 - t2 + t1;
        return new Fp6(c0, c1, c2);
    }

    /// <summary>a² (Chung–Hasan SQR2: two multiplications and three squarings in GF(p²)).</summary>
    public Fp6 Square()
    {
        var s0 = C0.Square();
        var ab = C0 * C1;
        var s1 = ab + ab;
        var s2 = (C0 - C1 + C2).Square();
        var bc = C1 * C2;
        var s3 = bc + bc;
        var s4 = C2.Square();
        return new Fp6(s0 + s3.MulByNonResidue(), s1 + s4.MulByNonResidue(), s1 + s2 + s3 - s0 - s4);
    }

    /// <summary>a·v: (c0, c1, c2) ↦ (ξ·c2, c0, c1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Fp6 MulByV() => new(C2.MulByNonResidue(), C0, C1);

    /// <summary>a·(b0 + b1·v), the shape of a line evaluation's first half (five GF(p²) multiplications).</summary>
    public Fp6 MulBy01(in Fp2 b0, in Fp2 b1)
    {
        var t0 = C0 * b0;
        var t1 = C1 * b1;
        var c0 = (C2 * b1).MulByNonResidue() + t0;
        var c1 = ((C0 + C1) * (b0 + b1)) - t0 - t1;
        var c2 = (C2 * b0) + t1;
        return new Fp6(c0, c1, c2);
    }

    /// <summary>a·(b1·v) (three GF(p²) multiplications).</summary>
    public Fp6 MulBy1(in Fp2 b1) => new((C2 * b1).MulByNonResidue(), C0 * b1, C1 * b1);

    /// <summary>a⁻¹ via the norm to GF(p²); zero maps to zero.</summary>
    public Fp6 Inverse()
    {
        var a = C0.Square() - (C1 * C2).MulByNonResidue();
        var b = C2.Square().MulByNonResidue() - (C0 * C1);
        var c = C1.Square() - (C0 * C2);
        var norm = (C0 * a) + ((C2 * b) + (C1 * c)).MulByNonResidue();
        var normInverse = norm.Inverse();
        return new Fp6(a * normInverse, b * normInverse, c * normInverse);
    }

    /// <summary>True when both hold the same element.</summary>
    public bool Equals(Fp6 other) => C0.Equals(other.C0) && C1.Equals(other.C1) && C2.Equals(other.C2);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Fp6 other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(C0, C1, C2);

    /// <summary>Equality of elements.</summary>
    public static bool operator ==(in Fp6 a, in Fp6 b) => a.Equals(b);

    /// <summary>Inequality of elements.</summary>
    public static bool operator !=(in Fp6 a, in Fp6 b) => !a.Equals(b);

    /// <summary>The coefficients, for test failure messages.</summary>
    public override string ToString() => $"[{C0}, {C1}, {C2}]";
}
