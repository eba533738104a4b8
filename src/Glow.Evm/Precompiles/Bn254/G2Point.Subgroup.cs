namespace Glow.Evm.Precompiles.Bn254;

/// <summary>
/// Membership of the order-r subgroup G2 (EIP-197 requires it of every G2 input), by the endomorphism test of
/// Dai, Lin, Zhao and Zhou ("Fast subgroup membership testings for G1, G2 and GT on pairing-friendly curves",
/// ePrint 2022/348; applied to bn254 by Sanso and Liang, ethresear.ch topic 13974): since the bn254 seed u
/// satisfies u ≢ 4 (mod 13) and u ≢ 92 (mod 97), a point Q of the twist lies in G2 exactly when
/// [u+1]Q + ψ([u]Q) + ψ²([u]Q) = ψ³([2u]Q), where ψ is the untwist-Frobenius-twist endomorphism. That is one
/// 63-bit multiplication instead of a 254-bit one; the tests compare it with [r]Q = O on points in and out of G2.
/// </summary>
internal readonly partial struct G2Point
{
    /// <summary>The bn254 seed u (x in the literature): p = 36u⁴ + 36u³ + 24u² + 6u + 1.</summary>
    public const ulong Seed = 4965661367192848881UL;

    /// <summary>True when <paramref name="q"/> (on the twist) is in G2.</summary>
    public static bool IsInSubgroup(in G2Point q)
    {
        if (q.IsInfinity)
        {
            return true;
        }

        var uq = MultiplyBySeed(q);
        var left = Add(Add(Add(uq, q), Psi(uq)), Psi(Psi(uq)));
        var right = Psi(Psi(Psi(Double(uq))));
        return AreEqual(left, right);
    }

    /// <summary>
    /// ψ(x, y) = (conj(x)·ξ^((p−1)/3), conj(y)·ξ^((p−1)/2)): untwist, apply the p-power Frobenius, twist back.
    /// On Jacobian coordinates the conjugation also applies to Z.
    /// </summary>
    public static G2Point Psi(in G2Point p) => new(
        Fp2.Conjugate(p.X) * Fp12.TwistFrobeniusX,
        Fp2.Conjugate(p.Y) * Fp12.TwistFrobeniusY,
        Fp2.Conjugate(p.Z));

    private static G2Point MultiplyBySeed(in G2Point q)
    {
        var acc = q;
        for (var bit = 61; bit >= 0; bit--)
        {
            acc = Double(acc);
            if (((Seed >> bit) & 1) != 0)
            {
                acc = Add(acc, q);
            }
        }

        return acc;
    }
}
