using System.Numerics;
using Glow.Evm.Precompiles.Bls12381;

namespace Glow.Evm.Tests.Kzg;

public sealed class CurveTests
{
    [Fact]
    public void Generators_are_on_their_curves_and_have_order_r()
    {
        Assert.True(G1.IsOnCurve(G1.Generator));
        Assert.True(G2.IsOnCurve(G2.Generator));
        Assert.True(Bls.Mul(G1.Generator, Bls.R).IsInfinity);
        Assert.True(Bls.Mul(G2.Generator, Bls.R).IsInfinity);
        Assert.False(Bls.Mul(G1.Generator, Bls.R - 1).IsInfinity);
        Assert.Equal(G1.Generator.Negate(), Bls.Mul(G1.Generator, Bls.R - 1).ToAffine());
    }

    [Fact]
    public void Scalar_multiplication_is_additive_in_G1()
    {
        var random = new Random(31);
        for (var i = 0; i < 5; i++)
        {
            var a = Bls.RandomBelow(random, Bls.R);
            var b = Bls.RandomBelow(random, Bls.R);
            var sum = Bls.Mul(G1.Generator, a).Add(Bls.Mul(G1.Generator, b));
            Assert.Equal(Bls.Mul(G1.Generator, Bls.Mod(a + b, Bls.R)), sum);
            var mixed = Bls.Mul(G1.Generator, a).Add(Bls.Mul(G1.Generator, b).ToAffine());
            Assert.Equal(sum, mixed);
            Assert.True(G1.IsOnCurve(sum.ToAffine()));
        }
    }

    [Fact]
    public void Scalar_multiplication_is_additive_in_G2()
    {
        var random = new Random(32);
        for (var i = 0; i < 3; i++)
        {
            var a = Bls.RandomBelow(random, Bls.R);
            var b = Bls.RandomBelow(random, Bls.R);
            var sum = Bls.Mul(G2.Generator, a).Add(Bls.Mul(G2.Generator, b));
            Assert.Equal(Bls.Mul(G2.Generator, Bls.Mod(a + b, Bls.R)), sum);
            Assert.True(G2.IsOnCurve(sum.ToAffine()));
        }
    }

    [Fact]
    public void Addition_handles_identity_doubling_and_inverse()
    {
        var p = Bls.Mul(G1.Generator, 12345);
        var inf = JacobianPoint<Fp>.Infinity;
        Assert.Equal(p, p.Add(inf));
        Assert.Equal(p, inf.Add(p));
        Assert.Equal(p.Double(), p.Add(p));
        Assert.Equal(p.Double(), p.Add(p.ToAffine()));
        Assert.True(p.Add(p.Negate()).IsInfinity);
        Assert.True(p.Add(p.ToAffine().Negate()).IsInfinity);
        Assert.True(inf.Double().IsInfinity);
        Assert.True(inf.ToAffine().IsInfinity);
    }

    [Fact]
    public void Endomorphism_subgroup_test_agrees_with_multiplying_by_r_in_G1()
    {
        var random = new Random(33);
        var inSubgroup = 0;
        var outside = 0;
        for (var i = 0; i < 6; i++)
        {
            var p = CurvePoints.RandomG1OnCurve(random);
            var expected = Bls.Mul(p, Bls.R).IsInfinity;
            Assert.Equal(expected, G1.IsInSubgroup(p));
            outside += expected ? 0 : 1;

            var q = Bls.RandomG1(random);
            Assert.True(G1.IsInSubgroup(q));
            inSubgroup++;
        }

        Assert.Equal(6, outside);
        Assert.Equal(6, inSubgroup);
        Assert.True(G1.IsInSubgroup(AffinePoint<Fp>.Infinity));
    }

    [Fact]
    public void Endomorphism_subgroup_test_agrees_with_multiplying_by_r_in_G2()
    {
        var random = new Random(34);
        for (var i = 0; i < 3; i++)
        {
            var p = CurvePoints.RandomG2OnCurve(random);
            Assert.False(Bls.Mul(p, Bls.R).IsInfinity);
            Assert.False(G2.IsInSubgroup(p));
            Assert.True(G2.IsInSubgroup(Bls.RandomG2(random)));
        }
    }

    [Fact]
    public void Psi_acts_on_G2_as_multiplication_by_x()
    {
        var q = Bls.RandomG2(new Random(35));
        Assert.Equal(Bls.Mul(q, Bls.X).ToAffine(), G2.Psi(q));
    }

    [Fact]
    public void Sigma_acts_on_G1_as_multiplication_by_minus_x_squared()
    {
        var p = Bls.RandomG1(new Random(36));
        var sigma = new AffinePoint<Fp>(p.X * G1.Beta, p.Y);
        Assert.Equal(Bls.Mul(p, -(Bls.X * Bls.X)).ToAffine(), sigma);
        Assert.Equal(Fp.One, G1.Beta * G1.Beta * G1.Beta);
        Assert.NotEqual(Fp.One, G1.Beta);
    }

    [Fact]
    public void Multiplying_by_zero_gives_infinity()
    {
        Assert.True(G1.Generator.ToJacobian().Multiply([0UL]).IsInfinity);
        Assert.True(Bls.Mul(G2.Generator, BigInteger.Zero).IsInfinity);
    }
}
