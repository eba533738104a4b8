using Glow.Evm.Precompiles.Bls12381;

namespace Glow.Evm.Tests.Kzg;

public sealed class PairingTests
{
    [Fact]
    public void Pairing_is_bilinear()
    {
        var random = new Random(41);
        var a = Bls.RandomBelow(random, Bls.R);
        var b = Bls.RandomBelow(random, Bls.R);
        var e = Pairing.Pair(G1.Generator, G2.Generator);
        var eAB = Pairing.Pair(Bls.Mul(G1.Generator, a).ToAffine(), Bls.Mul(G2.Generator, b).ToAffine());
        Assert.Equal(Bls.Pow(e, Bls.Mod(a * b, Bls.R)), eAB);
    }

    [Fact]
    public void Pairing_is_linear_in_each_argument()
    {
        var random = new Random(42);
        var p1 = Bls.RandomG1(random);
        var p2 = Bls.RandomG1(random);
        var q = Bls.RandomG2(random);
        var sum = p1.ToJacobian().Add(p2).ToAffine();
        Assert.Equal(Pairing.Pair(p1, q) * Pairing.Pair(p2, q), Pairing.Pair(sum, q));

        var q2 = Bls.RandomG2(random);
        var qSum = q.ToJacobian().Add(q2).ToAffine();
        Assert.Equal(Pairing.Pair(p1, q) * Pairing.Pair(p1, q2), Pairing.Pair(p1, qSum));
    }

    [Fact]
    public void Pairing_of_generators_is_not_degenerate_and_has_order_r()
    {
        var e = Pairing.Pair(G1.Generator, G2.Generator);
        Assert.False(e.IsOne);
        Assert.True(Bls.Pow(e, Bls.R).IsOne);
    }

    [Fact]
    public void Pairing_with_infinity_is_one()
    {
        Assert.True(Pairing.Pair(AffinePoint<Fp>.Infinity, G2.Generator).IsOne);
        Assert.True(Pairing.Pair(G1.Generator, AffinePoint<Fp2>.Infinity).IsOne);
    }

    [Fact]
    public void Check_accepts_a_product_that_cancels_and_rejects_one_that_does_not()
    {
        var random = new Random(43);
        var a = Bls.RandomBelow(random, Bls.R);
        var b = Bls.RandomBelow(random, Bls.R);

        // e(aP, bQ) · e(−abP, Q) = 1.
        var aP = Bls.Mul(G1.Generator, a).ToAffine();
        var bQ = new G2Prepared(Bls.Mul(G2.Generator, b).ToAffine());
        var minusAbP = Bls.Mul(G1.Generator, -(a * b)).ToAffine();
        var q = new G2Prepared(G2.Generator);
        Assert.True(Pairing.Check([aP, minusAbP], [bQ, q]));

        var wrong = Bls.Mul(G1.Generator, -(a * b) + 1).ToAffine();
        Assert.False(Pairing.Check([aP, wrong], [bQ, q]));
    }

    [Fact]
    public void Final_exponentiation_raises_to_three_times_the_textbook_exponent()
    {
        var f = Bls.RandomFp12(new Random(44));
        var exponent = 3 * (System.Numerics.BigInteger.Pow(Bls.P, 12) - 1) / Bls.R;
        var result = Pairing.FinalExponentiation(f);
        Assert.Equal(Bls.Pow(f, exponent), result);
        Assert.True(Bls.Pow(result, Bls.R).IsOne);
        Assert.False(result.IsOne);
    }
}
