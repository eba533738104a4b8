namespace Glow.Core.Crypto;

/// <summary>Doubling and addition formulas for a = 0.</summary>
internal readonly partial struct JacobianPoint
{
    /// <summary>
    /// 2P with 3M + 4S: with L = 3X²/2, S = Y², T = X·S it gives X3 = L² − 2T, Y3 = L·(T − X3) − S²,
    /// Z3 = Y·Z (the usual formula with Z3 = 2YZ, rescaled by one half so that the factors 4 and 8 vanish).
    /// secp256k1 has no point of order two, so Y ≠ 0 and the result is never infinity unless P is.
    /// </summary>
    public JacobianPoint Double()
    {
        if (IsInfinity)
        {
            return this;
        }

        return DoubleUnchecked(this);
    }

    /// <summary>The doubling formula without the infinity test (constant time).</summary>
    public static JacobianPoint DoubleUnchecked(in JacobianPoint p)
    {
        var s = FieldElement.Sqr(p.Y);
        var l = FieldElement.Half(FieldElement.MulInt(FieldElement.Sqr(p.X), 3));
        var t = p.X * s;
        var x3 = FieldElement.Sqr(l) - (t + t);
        var y3 = (l * (t - x3)) - FieldElement.Sqr(s);
        return new JacobianPoint(x3, y3, p.Y * p.Z);
    }

    /// <summary>
    /// P + Q for affine Q (8M + 3S), variable time: handles infinity, P = Q (doubling) and P = −Q.
    /// </summary>
    public JacobianPoint AddMixed(in AffinePoint q)
    {
        if (q.IsInfinity)
        {
            return this;
        }

        if (IsInfinity)
        {
            return FromAffine(q);
        }

        var z2 = FieldElement.Sqr(Z);
        var u2 = q.X * z2;
        var s2 = q.Y * z2 * Z;
        var h = u2 - X;
        var r = s2 - Y;
        if (h.IsZero)
        {
            return r.IsZero ? DoubleUnchecked(this) : Infinity;
        }

        return AddMixedCore(this, h, r);
    }

    /// <summary>
    /// P + Q for affine Q without any special case (constant time). Valid only when P and Q are finite
    /// and P ≠ ±Q; the caller guarantees this or discards the result.
    /// </summary>
    public static JacobianPoint AddMixedUnchecked(in JacobianPoint p, in FieldElement qx, in FieldElement qy)
    {
        var z2 = FieldElement.Sqr(p.Z);
        var h = (qx * z2) - p.X;
        var r = (qy * z2 * p.Z) - p.Y;
        return AddMixedCore(p, h, r);
    }

    /// <summary>
    /// As <see cref="AddMixedUnchecked(in JacobianPoint, in FieldElement, in FieldElement)"/>, also giving the ratio Z3 / Z1 (= H), which lets a run of such
    /// additions be brought to one common Z afterwards.
    /// </summary>
    public static JacobianPoint AddMixedUnchecked(in JacobianPoint p, in AffinePoint q, out FieldElement zRatio)
    {
        var z2 = FieldElement.Sqr(p.Z);
        var h = (q.X * z2) - p.X;
        var r = (q.Y * z2 * p.Z) - p.Y;
        zRatio = h;
        return AddMixedCore(p, h, r);
    }

    /// <summary>P + Q for Jacobian Q (12M + 4S), variable time with every special case.</summary>
    public JacobianPoint Add(in JacobianPoint q)
    {
        if (q.IsInfinity)
        {
            return this;
        }

        if (IsInfinity)
        {
            return q;
        }

        var z1z1 = FieldElement.Sqr(Z);
        var z2z2 = FieldElement.Sqr(q.Z);
        var u1 = X * z2z2;
        var u2 = q.X * z1z1;
        var s1 = Y * z2z2 * q.Z;
        var s2 = q.Y * z1z1 * Z;
        var h = u2 - u1;
        var r = s2 - s1;
        if (h.IsZero)
        {
            return r.IsZero ? DoubleUnchecked(this) : Infinity;
        }

        var hh = FieldElement.Sqr(h);
        var hhh = h * hh;
        var v = u1 * hh;
        var x3 = FieldElement.Sqr(r) - hhh - v - v;
        var y3 = (r * (v - x3)) - (s1 * hhh);
        return new JacobianPoint(x3, y3, Z * q.Z * h);
    }

    /// <summary>The shared tail of mixed addition: H = U2 − X1, R = S2 − Y1.</summary>
    private static JacobianPoint AddMixedCore(in JacobianPoint p, in FieldElement h, in FieldElement r)
    {
        var hh = FieldElement.Sqr(h);
        var hhh = h * hh;
        var v = p.X * hh;
        var x3 = FieldElement.Sqr(r) - hhh - v - v;
        var y3 = (r * (v - x3)) - (p.Y * hhh);
        return new JacobianPoint(x3, y3, p.Z * h);
    }
}
