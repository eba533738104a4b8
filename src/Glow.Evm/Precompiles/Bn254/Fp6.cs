namespace Glow.Evm.Precompiles.Bn254;

/// <summary>An element c0 + c1·v + c2·v² of F_p⁶ = F_p²[v]/(v³ − ξ), ξ = 9 + u.</summary>
internal readonly struct Fp6
{
    /// <summary>The constant coefficient.</summary>
    public readonly Fp2 C0;

    /// <summary>The coefficient of v.</summary>
    public readonly Fp2 C1;

    /// <summary>The coefficient of v².</summary>
    public readonly Fp2 C2;

    /// <summary>The element c0 + c1·v + c2·v².</summary>
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
    public static Fp6 operator +(in Fp6 a, in Fp6 b) => new(a.C0 + b.C0, a.C1 + b.C1, a.C2 + b.C2);

    /// <summary>a − b.</summary>
    public static Fp6 operator -(in Fp6 a, in Fp6 b) => new(a.C0 - b.C0, a.C1 - b.C1, a.C2 - b.C2);

    /// <summary>−a.</summary>
    public static Fp6 operator -(in Fp6 a) => new(-a.C0, -a.C1, -a.C2);

    /// <summary>a · b with six F_p² multiplications (Karatsuba; Devegili, Ó hÉigeartaigh, Scott, Dahab 2006).</summary>
    public static Fp6 operator *(in Fp6 a, in Fp6 b)
    {
        var t0 = a.C0 * b.C0;
        var t1 = a.C1 * b.C1;
        var t2 = a.C2 * b.C2;
        var c0 = Fp2.MulByXi(((a.C1 + a.C2) * (b.C1 + b.C2)) - t1 - t2) + t0;
        var c1 = ((a.C0 + a.C1) * (b.C0 + b.C1)) - t0 - t1 + Fp2.MulByXi(t2);
        var c2 = ((a.C0 + a.C2) * (b.C0 + b.C2)) - t0 - t2 + t1;
        return new Fp6(c0, c1, c2);
    }

    /// <summary>a² by the Chung–Hasan SQR2 formulas (two multiplications, three squarings in F_p²).</summary>
    public static Fp6 Square(in Fp6 a)
    {
        var s0 = Fp2.Square(a.C0);
        var s1 = Fp2.Double(a.C0 * a.C1);
        var s2 = Fp2.Square(a.C0 - a.C1 + a.C2);
        var s3 = Fp2.Double(a.C1 * a.C2);
        var s4 = Fp2.Square(a.C2);
        return new Fp6(Fp2.MulByXi(s3) + s0, Fp2.MulByXi(s4) + s1, s1 + s2 + s3 - s0 - s4);
    }

    /// <summary>a · v = ξ·c2 + c0·v + c1·v².</summary>
    public static Fp6 MulByV(in Fp6 a) => new(Fp2.MulByXi(a.C2), a.C0, a.C1);

    /// <summary>a · s for s in F_p².</summary>
    public static Fp6 MulByFp2(in Fp6 a, in Fp2 s) => new(a.C0 * s, a.C1 * s, a.C2 * s);

    /// <summary>a · (b0 + b1·v), the sparse product the Miller loop's lines need (five F_p² multiplications).</summary>
    public static Fp6 MulBy01(in Fp6 a, in Fp2 b0, in Fp2 b1)
    {
        var t0 = a.C0 * b0;
        var t1 = a.C1 * b1;
        var c0 = Fp2.MulByXi(a.C2 * b1) + t0;
        var c1 = ((a.C0 + a.C1) * (b0 + b1)) - t0 - t1;
        var c2 = (a.C2 * b0) + t1;
        return new Fp6(c0, c1, c2);
    }

    /// <summary>a⁻¹ (zero maps to zero).</summary>
    public static Fp6 Inverse(in Fp6 a)
    {
        var x = Fp2.Square(a.C0) - Fp2.MulByXi(a.C1 * a.C2);
        var y = Fp2.MulByXi(Fp2.Square(a.C2)) - (a.C0 * a.C1);
        var z = Fp2.Square(a.C1) - (a.C0 * a.C2);
        var norm = (a.C0 * x) + Fp2.MulByXi((a.C2 * y) + (a.C1 * z));
        var inverse = Fp2.Inverse(norm);
        return new Fp6(x * inverse, y * inverse, z * inverse);
    }

    /// <summary>Coefficient-wise equality.</summary>
    public bool ValueEquals(in Fp6 other) => C0 == other.C0 && C1 == other.C1 && C2 == other.C2;
}
