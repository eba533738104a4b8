namespace Glow.Evm.Precompiles.Bn254;

/// <summary>
/// An element a0 + a1·u of F_p² = F_p[u]/(u² + 1), the field of the G2 coordinates (EIP-197). Encoded on the
/// wire as (a1, a0): the imaginary part first.
/// </summary>
internal readonly struct Fp2 : IEquatable<Fp2>
{
    /// <summary>The real part.</summary>
    public readonly Fp A0;

    /// <summary>The coefficient of u.</summary>
    public readonly Fp A1;

    /// <summary>The element <paramref name="a0"/> + <paramref name="a1"/>·u.</summary>
    public Fp2(in Fp a0, in Fp a1)
    {
        A0 = a0;
        A1 = a1;
    }

    /// <summary>Zero.</summary>
    public static Fp2 Zero => default;

    /// <summary>One.</summary>
    public static Fp2 One => new(Fp.One, Fp.Zero);

    /// <summary>ξ = 9 + u, the non-residue that defines F_p⁶ = F_p²[v]/(v³ − ξ) and the twist b' = 3/ξ.</summary>
    public static Fp2 Xi => new(Fp.FromUInt64(9), Fp.One);

    /// <summary>True for zero.</summary>
    public bool IsZero => A0.IsZero && A1.IsZero;

    /// <summary>a + b.</summary>
    public static Fp2 operator +(in Fp2 a, in Fp2 b) => new(a.A0 + b.A0, a.A1 + b.A1);

    /// <summary>a − b.</summary>
    public static Fp2 operator -(in Fp2 a, in Fp2 b) => new(a.A0 - b.A0, a.A1 - b.A1);

    /// <summary>−a.</summary>
    public static Fp2 operator -(in Fp2 a) => new(-a.A0, -a.A1);

    /// <summary>a · b with three base-field multiplications (Karatsuba).</summary>
    public static Fp2 operator *(in Fp2 a, in Fp2 b)
    {
        var t0 = a.A0 * b.A0;
        var t1 = a.A1 * b.A1;
        var cross = (a.A0 + a.A1) * (b.A0 + b.A1);
        return new Fp2(t0 - t1, cross - t0 - t1);
    }

    /// <summary>a · s for s in the base field.</summary>
    public static Fp2 operator *(in Fp2 a, in Fp s) => new(a.A0 * s, a.A1 * s);

    /// <summary>Equality.</summary>
    public static bool operator ==(in Fp2 a, in Fp2 b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    public static bool operator !=(in Fp2 a, in Fp2 b) => !a.Equals(b);

    /// <summary>a² = (a0 + a1)(a0 − a1) + 2·a0·a1·u: two base-field multiplications.</summary>
    public static Fp2 Square(in Fp2 a)
    {
        var t = a.A0 * a.A1;
        return new Fp2((a.A0 + a.A1) * (a.A0 - a.A1), t + t);
    }

    /// <summary>2a.</summary>
    public static Fp2 Double(in Fp2 a) => new(Fp.Double(a.A0), Fp.Double(a.A1));

    /// <summary>a · ξ = (9a0 − a1) + (a0 + 9a1)·u, by additions only.</summary>
    public static Fp2 MulByXi(in Fp2 a)
    {
        var a0x8 = Fp.Double(Fp.Double(Fp.Double(a.A0)));
        var a1x8 = Fp.Double(Fp.Double(Fp.Double(a.A1)));
        return new Fp2(a0x8 + a.A0 - a.A1, a1x8 + a.A1 + a.A0);
    }

    /// <summary>The conjugate a0 − a1·u, which is also the Frobenius a^p (p ≡ 3 mod 4).</summary>
    public static Fp2 Conjugate(in Fp2 a) => new(a.A0, -a.A1);

    /// <summary>a⁻¹ = conj(a) / (a0² + a1²); zero maps to zero.</summary>
    public static Fp2 Inverse(in Fp2 a)
    {
        var norm = Fp.Inverse(Fp.Square(a.A0) + Fp.Square(a.A1));
        return new Fp2(a.A0 * norm, -(a.A1 * norm));
    }

    /// <summary>a^e for an exponent given as big-endian bytes (square and multiply).</summary>
    public static Fp2 Pow(in Fp2 a, ReadOnlySpan<byte> exponentBigEndian)
    {
        var result = One;
        foreach (var b in exponentBigEndian)
        {
            for (var bit = 7; bit >= 0; bit--)
            {
                result = Square(result);
                if (((b >> bit) & 1) != 0)
                {
                    result *= a;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Reads the EIP-197 encoding: 32 bytes imaginary part, then 32 bytes real part; false when either is not
    /// below p.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes64, out Fp2 value)
    {
        if (!Fp.TryRead(bytes64[..32], out var a1) || !Fp.TryRead(bytes64.Slice(32, 32), out var a0))
        {
            value = default;
            return false;
        }

        value = new Fp2(a0, a1);
        return true;
    }

    /// <summary>Writes the EIP-197 encoding (imaginary part first).</summary>
    public void Write(Span<byte> bytes64)
    {
        A1.Write(bytes64[..32]);
        A0.Write(bytes64.Slice(32, 32));
    }

    /// <inheritdoc />
    public bool Equals(Fp2 other) => A0 == other.A0 && A1 == other.A1;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Fp2 other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(A0, A1);

    /// <inheritdoc />
    public override string ToString() => $"({A0} + {A1}·u)";
}
