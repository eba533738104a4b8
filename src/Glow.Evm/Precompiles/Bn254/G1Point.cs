namespace Glow.Evm.Precompiles.Bn254;

/// <summary>
/// A point of G1, the curve y² = x³ + 3 over F_p (EIP-196), in Jacobian coordinates (x = X/Z², y = Y/Z³);
/// Z = 0 is the point at infinity. G1 has cofactor 1, so every point on the curve is in the group.
/// </summary>
internal readonly partial struct G1Point
{
    /// <summary>Jacobian X.</summary>
    public readonly Fp X;

    /// <summary>Jacobian Y.</summary>
    public readonly Fp Y;

    /// <summary>Jacobian Z (zero at infinity).</summary>
    public readonly Fp Z;

    /// <summary>The point with the given Jacobian coordinates.</summary>
    public G1Point(in Fp x, in Fp y, in Fp z)
    {
        X = x;
        Y = y;
        Z = z;
    }

    /// <summary>The point at infinity.</summary>
    public static G1Point Infinity => new(Fp.One, Fp.One, Fp.Zero);

    /// <summary>The generator (1, 2) of EIP-197.</summary>
    public static G1Point Generator => FromAffine(Fp.One, Fp.FromUInt64(2));

    /// <summary>True at infinity.</summary>
    public bool IsInfinity => Z.IsZero;

    /// <summary>The point (x, y) in affine coordinates (which must lie on the curve).</summary>
    public static G1Point FromAffine(in Fp x, in Fp y) => new(x, y, Fp.One);

    /// <summary>True when (x, y) satisfies y² = x³ + 3.</summary>
    public static bool IsOnCurve(in Fp x, in Fp y) => Fp.Square(y) == (Fp.Square(x) * x) + Fp.FromUInt64(3);

    /// <summary>
    /// Decodes 64 bytes x ‖ y (EIP-196): (0, 0) is infinity; otherwise both coordinates must be below p and the
    /// point on the curve, else false.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes64, out G1Point point)
    {
        point = Infinity;
        if (!Fp.TryRead(bytes64[..32], out var x) || !Fp.TryRead(bytes64.Slice(32, 32), out var y))
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

        point = FromAffine(x, y);
        return true;
    }

    /// <summary>Writes the affine x ‖ y, or 64 zero bytes for infinity.</summary>
    public void Encode(Span<byte> bytes64)
    {
        if (IsInfinity)
        {
            bytes64[..64].Clear();
            return;
        }

        ToAffine(out var x, out var y);
        x.Write(bytes64[..32]);
        y.Write(bytes64.Slice(32, 32));
    }

    /// <summary>The affine coordinates of a finite point (one field inversion).</summary>
    public void ToAffine(out Fp x, out Fp y)
    {
        if (Z == Fp.One)
        {
            x = X;
            y = Y;
            return;
        }

        var zInv = Fp.Inverse(Z);
        var zInv2 = Fp.Square(zInv);
        x = X * zInv2;
        y = Y * zInv2 * zInv;
    }

    /// <summary>−P.</summary>
    public static G1Point Negate(in G1Point p) => new(p.X, -p.Y, p.Z);

    /// <summary>2P (dbl-2009-l, for a = 0).</summary>
    public static G1Point Double(in G1Point p)
    {
        if (p.IsInfinity)
        {
            return p;
        }

        var a = Fp.Square(p.X);
        var b = Fp.Square(p.Y);
        var c = Fp.Square(b);
        var d = Fp.Double(Fp.Square(p.X + b) - a - c);
        var e = Fp.Double(a) + a;
        var f = Fp.Square(e);
        var x3 = f - Fp.Double(d);
        var c8 = Fp.Double(Fp.Double(Fp.Double(c)));
        var y3 = (e * (d - x3)) - c8;
        var z3 = Fp.Double(p.Y * p.Z);
        return new G1Point(x3, y3, z3);
    }

    /// <summary>P + Q for any two points, including equal, opposite and infinite ones (add-2007-bl).</summary>
    public static G1Point Add(in G1Point p, in G1Point q)
    {
        if (p.IsInfinity)
        {
            return q;
        }

        if (q.IsInfinity)
        {
            return p;
        }

        var z1z1 = Fp.Square(p.Z);
        var z2z2 = Fp.Square(q.Z);
        var u1 = p.X * z2z2;
        var u2 = q.X * z1z1;
        var s1 = p.Y * q.Z * z2z2;
        var s2 = q.Y * p.Z * z1z1;
        var h = u2 - u1;
        var r = Fp.Double(s2 - s1);
        if (h.IsZero)
        {
            return r.IsZero ? Double(p) : Infinity;
        }

        var i = Fp.Square(Fp.Double(h));
        var j = h * i;
        var v = u1 * i;
        var x3 = Fp.Square(r) - j - Fp.Double(v);
        var y3 = (r * (v - x3)) - Fp.Double(s1 * j);
        var z3 = (Fp.Square(p.Z + q.Z) - z1z1 - z2z2) * h;
        return new G1Point(x3, y3, z3);
    }

    /// <summary>True when both points are the same group element (compared without inversions).</summary>
    public static bool AreEqual(in G1Point p, in G1Point q)
    {
        if (p.IsInfinity || q.IsInfinity)
        {
            return p.IsInfinity && q.IsInfinity;
        }

        var z1z1 = Fp.Square(p.Z);
        var z2z2 = Fp.Square(q.Z);
        return p.X * z2z2 == q.X * z1z1 && p.Y * q.Z * z2z2 == q.Y * p.Z * z1z1;
    }
}
