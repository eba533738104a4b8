using System.Numerics;
using Glow.Evm.Precompiles.Bn254;
using static Glow.Evm.Tests.Precompiles.Bn254.Bn254Reference;

namespace Glow.Evm.Tests.Precompiles.Bn254;

public class PairingTests
{
    [Fact]
    public void Hard_part_of_the_final_exponentiation_is_the_power_p4_minus_p2_plus_1_over_r()
    {
        var random = new Random(14);
        var exponent = ((BigInteger.Pow(P, 4) - BigInteger.Pow(P, 2) + 1) / R);
        Assert.Equal(BigInteger.Zero, (BigInteger.Pow(P, 4) - BigInteger.Pow(P, 2) + 1) % R);
        for (var i = 0; i < 2; i++)
        {
            var f = RandomFp12(random);
            var t = Fp12.Conjugate(f) * Fp12.Inverse(f);
            var m = Fp12.FrobeniusSquared(t) * t;
            Assert.True(Pairing.HardPart(m).ValueEquals(Pow(m, exponent)));
        }
    }

    [Fact]
    public void Pairing_of_the_generators_is_not_one_and_has_order_r()
    {
        var e = Pairing.Pair(G1Point.Generator, G2Point.Generator);
        Assert.False(e.IsOne);
        Assert.True(Pow(e, R).IsOne);
    }

    [Fact]
    public void Pairing_is_bilinear()
    {
        var random = new Random(15);
        var e = Pairing.Pair(G1Point.Generator, G2Point.Generator);
        for (var i = 0; i < 3; i++)
        {
            var a = RandomBelow(random, R);
            var b = RandomBelow(random, R);
            var aP = G1Point.Multiply(G1Point.Generator, Scalar(a));
            var bQ = G2Point.Multiply(G2Point.Generator, Scalar(b));
            Assert.True(Pairing.Pair(aP, bQ).ValueEquals(Pow(e, a * b % R)));
        }
    }

    [Fact]
    public void Product_check_accepts_balanced_pairs_and_rejects_unbalanced_ones()
    {
        var random = new Random(16);
        for (var i = 0; i < 3; i++)
        {
            var p = RandomG1(random);
            var q = RandomG2(random);
            var k = RandomBelow(random, R);
            var kp = G1Point.Multiply(p, Scalar(k));
            var kq = G2Point.Multiply(q, Scalar(k));

            // e(kP, Q) · e(−P, kQ) = 1, and e(P, Q) · e(P, Q) ≠ 1.
            Assert.True(Pairing.ProductIsOne([kp, G1Point.Negate(p)], [q, kq]));
            Assert.False(Pairing.ProductIsOne([kp, p], [q, kq]));
            Assert.False(Pairing.ProductIsOne([p], [q]));
        }
    }

    [Fact]
    public void Pairs_with_infinity_contribute_one()
    {
        var p = RandomG1(new Random(17));
        var q = RandomG2(new Random(18));
        Assert.True(Pairing.ProductIsOne([], []));
        Assert.True(Pairing.ProductIsOne([G1Point.Infinity], [q]));
        Assert.True(Pairing.ProductIsOne([p], [G2Point.Infinity]));
        Assert.True(Pairing.ProductIsOne([p, G1Point.Negate(p), G1Point.Infinity], [q, q, q]));
    }
}
