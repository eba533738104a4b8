using Glow.Evm.Precompiles.Bls12381;

namespace Glow.Evm.Tests.Kzg;

/// <summary>Curve points outside the prime-order subgroup, found by trying random x-coordinates.</summary>
internal static class CurvePoints
{
    /// <summary>A random point of E(GF(p)); with cofactor h ≈ 2^126 it is in G1 with negligible probability.</summary>
    public static AffinePoint<Fp> RandomG1OnCurve(Random random)
    {
        while (true)
        {
            var x = Bls.RandomFp(random);
            if (((x.Square() * x) + G1.B).TrySqrt(out var y))
            {
                return new AffinePoint<Fp>(x, y);
            }
        }
    }

    /// <summary>A random point of E'(GF(p²)), almost surely outside G2.</summary>
    public static AffinePoint<Fp2> RandomG2OnCurve(Random random)
    {
        while (true)
        {
            var x = Bls.RandomFp2(random);
            if (((x.Square() * x) + G2.B).TrySqrt(out var y))
            {
                return new AffinePoint<Fp2>(x, y);
            }
        }
    }

    /// <summary>An x in GF(p) for which x³ + 4 is not a square: no point of E has it.</summary>
    public static Fp XOffCurveG1(Random random)
    {
        while (true)
        {
            var x = Bls.RandomFp(random);
            if (!((x.Square() * x) + G1.B).TrySqrt(out _))
            {
                return x;
            }
        }
    }

    /// <summary>An x in GF(p²) with no point of E' above it.</summary>
    public static Fp2 XOffCurveG2(Random random)
    {
        while (true)
        {
            var x = Bls.RandomFp2(random);
            if (!((x.Square() * x) + G2.B).TrySqrt(out _))
            {
                return x;
            }
        }
    }
}
