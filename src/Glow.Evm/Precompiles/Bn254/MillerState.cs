namespace Glow.Evm.Precompiles.Bn254;

/// <summary>One pair of a Miller loop: the affine P and Q and the running multiple T of Q.</summary>
internal struct MillerState
{
    /// <summary>x of P.</summary>
    public Fp Px;

    /// <summary>y of P.</summary>
    public Fp Py;

    /// <summary>x of Q.</summary>
    public Fp2 Qx;

    /// <summary>y of Q.</summary>
    public Fp2 Qy;

    /// <summary>The running point, starting at Q.</summary>
    public TwistPoint T;

    /// <summary>The state for the finite points <paramref name="p"/> and <paramref name="q"/>.</summary>
    public MillerState(in G1Point p, in G2Point q)
    {
        p.ToAffine(out Px, out Py);
        q.ToAffine(out Qx, out Qy);
        T = new TwistPoint(Qx, Qy, Fp2.One);
    }
}
