namespace Glow.Evm.Precompiles.Bn254;

/// <summary>
/// A point on the sextic twist E': y² = x³ + 3/ξ over F_p² (EIP-197), in Jacobian coordinates; Z = 0 is the
/// point at infinity. Unlike G1, the twist has a large cofactor, so decoding also checks the subgroup.
/// </summary>
internal readonly partial struct G2Point
{
    /// <summary>b' = 3/ξ, the constant of the twist.</summary>
    public static readonly Fp2 TwistB = new Fp2(Fp.FromUInt64(3), Fp.Zero) * Fp2.Inverse(Fp2.Xi);

    /// <summary>Jacobian X.</summary>
    public readonly Fp2 X;

    /// <summary>Jacobian Y.</summary>
    public readonly Fp2 Y;

    /// <summary>Jacobian Z (zero at infinity).</summary>
    public readonly Fp2 Z;

    /// <summary>The point with the given Jacobian coordinates.</summary>
    public G2Point(in Fp2 x, in Fp2 y, in Fp2 z)
    {
        X = x;
        Y = y;
        Z = z;
    }

    /// <summary>The point at infinity.</summary>
    public static G2Point Infinity => new(Fp2.One, Fp2.One, Fp2.Zero);

    /// <summary>The generator P2 given in EIP-197.</summary>
    public static G2Point Generator { get; } = FromAffine(
        FromDecimal(
            "10857046999023057135944570762232829481370756359578518086990519993285655852781",
            "11559732032986387107991004021392285783925812861821192530917403151452391805634"),
        FromDecimal(
            "8495653923123431417604973247489272438418190587263600148770280649306958101930",
            "4082367875863433681332203403145435568316851327593401208105741076214120093531"));

    /// <summary>True at infinity.</summary>
    public bool IsInfinity => Z.IsZero;

    /// <summary>The point (x, y) in affine coordinates.</summary>
    public static G2Point FromAffine(in Fp2 x, in Fp2 y) => new(x, y, Fp2.One);

    /// <summary>True when (x, y) satisfies y² = x³ + 3/ξ.</summary>
    public static bool IsOnCurve(in Fp2 x, in Fp2 y) => Fp2.Square(y) == (Fp2.Square(x) * x) + TwistB;

    /// <summary>
    /// Decodes 128 bytes x ‖ y, each coordinate imaginary part first (EIP-197). All zeros is infinity; otherwise
    /// every component must be below p, the point on the twist and in the order-r subgroup, else false.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes128, out G2Point point)
    {
        point = Infinity;
        if (!Fp2.TryRead(bytes128[..64], out var x) || !Fp2.TryRead(bytes128.Slice(64, 64), out var y))
        {
            return false;
        }

        if (x.IsZero && y.IsZero)
        {
            return true;
        }

        if (!IsOnCurve(x, y))
        {
            return false;
        }

        var candidate = FromAffine(x, y);
        if (!IsInSubgroup(candidate))
        {
            return false;
        }

        point = candidate;
        return true;
    }

    /// <summary>Writes the affine encoding (imaginary parts first), or 128 zero bytes for infinity.</summary>
    public void Encode(Span<byte> bytes128)
    {
        if (IsInfinity)
        {
            bytes128[..128].Clear();
            return;
        }

        ToAffine(out var x, out var y);
        x.Write(bytes128[..64]);
        y.Write(bytes128.Slice(64, 64));
    }

    /// <summary>The affine coordinates of a finite point.</summary>
    public void ToAffine(out Fp2 x, out Fp2 y)
    {
        if (Z == Fp2.One)
        {
            x = X;
            y = Y;
            return;
        }

        var zInv = Fp2.Inverse(Z);
        var zInv2 = Fp2.Square(zInv);
        x = X * zInv2;
        y = Y * zInv2 * zInv;
    }

    /// <summary>−P.</summary>
    public static G2Point Negate(in G2Point p) => new(p.X, -p.Y, p.Z);

    /// <summary>2P (dbl-2009-l, for a = 0).</summary>
    public static G2Point Double(in G2Point p)
    {
        if (p.IsInfinity)
        {
            return p;
        }

        var a = Fp2.Square(p.X);
        var b = Fp2.Square(p.Y);
        var c = Fp2.Square(b);
        var d = Fp2.Double(Fp2.Square(p.X + b) - a - c);
        var e = Fp2.Double(a) + a;
        var f = Fp2.Square(e);
        var x3 = f - Fp2.Double(d);
        var c8 = Fp2.Double(Fp2.Double(Fp2.Double(c)));
        var y3 = (e * (d - x3)) - c8;
        var z3 = Fp2.Double(p.Y * p.Z);
        return new G2Point(x3, y3, z3);
    }

    /// <summary>P + Q for any two points (add-2007-bl).</summary>
    public static G2Point Add(in G2Point p, in G2Point q)
    {
        if (p.IsInfinity)
        {
            return q;
        }

        if (q.IsInfinity)
        {
            return p;
        }

        var z1z1 = Fp2.Square(p.Z);
        var z2z2 = Fp2.Square(q.Z);
        var u1 = p.X * z2z2;
        var u2 = q.X * z1z1;
        var s1 = p.Y * q.Z * z2z2;
        var s2 = q.Y * p.Z * z1z1;
        var h = u2 - u1;
        var r = Fp2.Double(s2 - s1);
        if (h.IsZero)
        {
            return r.IsZero ? Double(p) : Infinity;
        }

        var i = Fp2.Square(Fp2.Double(h));
        var j = h * i;
        var v = u1 * i;
        var x3 = Fp2.Square(r) - j - Fp2.Double(v);
        var y3 = (r * (v - x3)) - Fp2.Double(s1 * j);
        var z3 = (Fp2.Square(p.Z + q.Z) - z1z1 - z2z2) * h;
        return new G2Point(x3, y3, z3);
    }

    /// <summary>k·P for a 32-byte big-endian scalar (width-5 NAF, variable time).</summary>
    public static G2Point Multiply(in G2Point p, ReadOnlySpan<byte> scalar32)
    {
        if (p.IsInfinity)
        {
            return p;
        }

        Span<sbyte> naf = stackalloc sbyte[257];
        var length = Wnaf.Compute(scalar32, naf);
        Span<G2Point> table = stackalloc G2Point[Wnaf.TableSize];
        table[0] = p;
        var twice = Double(p);
        for (var i = 1; i < table.Length; i++)
        {
            table[i] = Add(table[i - 1], twice);
        }

        var acc = Infinity;
        for (var i = length - 1; i >= 0; i--)
        {
            acc = Double(acc);
            var digit = naf[i];
            if (digit > 0)
            {
                acc = Add(acc, table[digit >> 1]);
            }
            else if (digit < 0)
            {
                acc = Add(acc, Negate(table[-digit >> 1]));
            }
        }

        return acc;
    }

    /// <summary>True when both points are the same group element.</summary>
    public static bool AreEqual(in G2Point p, in G2Point q)
    {
        if (p.IsInfinity || q.IsInfinity)
        {
            return p.IsInfinity && q.IsInfinity;
        }

        var z1z1 = Fp2.Square(p.Z);
        var z2z2 = Fp2.Square(q.Z);
        return p.X * z2z2 == q.X * z1z1 && p.Y * q.Z * z2z2 == q.Y * p.Z * z1z1;
    }

    private static Fp2 FromDecimal(string real, string imaginary) =>
        new(FpFromDecimal(real), FpFromDecimal(imaginary));

    private static Fp FpFromDecimal(string digits)
    {
        var value = Fp.Zero;
        var ten = Fp.FromUInt64(10);
        foreach (var digit in digits)
        {
            value = (value * ten) + Fp.FromUInt64((ulong)(digit - '0'));
        }

        return value;
    }
}
