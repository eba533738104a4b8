using Glow.Evm.Precompiles.Bls12381;

namespace Glow.Evm.Tests.Kzg;

public sealed class ExtensionFieldTests
{
    [Fact]
    public void Fp2_multiplication_follows_u_squared_equals_minus_one()
    {
        var u = new Fp2(Fp.Zero, Fp.One);
        Assert.Equal(new Fp2(-Fp.One, Fp.Zero), u * u);
        Assert.Equal(new Fp2(-Fp.One, Fp.Zero), u.Square());

        var random = new Random(21);
        var a = Bls.RandomFp2(random);
        var b = Bls.RandomFp2(random);
        var expected = new Fp2((a.C0 * b.C0) - (a.C1 * b.C1), (a.C0 * b.C1) + (a.C1 * b.C0));
        Assert.Equal(expected, a * b);
        Assert.Equal(a * a, a.Square());
        Assert.Equal(a * new Fp2(Fp.One, Fp.One), a.MulByNonResidue());
    }

    [Fact]
    public void Fp2_inverse_and_square_root()
    {
        var random = new Random(22);
        for (var i = 0; i < 20; i++)
        {
            var a = Bls.RandomFp2(random);
            Assert.Equal(Fp2.One, a * a.Inverse());
            var square = a.Square();
            Assert.True(square.TrySqrt(out var root));
            Assert.True(root == a || root == -a);

            // ξ = 1 + u is not a square in GF(p²), so neither is ξ·a².
            Assert.False(square.MulByNonResidue().TrySqrt(out _));
        }

        // Elements of GF(p) are all squares in GF(p²): −1 = u².
        Assert.True(new Fp2(-Fp.One, Fp.Zero).TrySqrt(out var i2));
        Assert.Equal(new Fp2(-Fp.One, Fp.Zero), i2.Square());
    }

    [Fact]
    public void Fp2_conjugate_is_the_Frobenius_map()
    {
        var a = Bls.RandomFp2(new Random(23));
        Assert.Equal(Bls.Pow(a, Bls.P), a.Conjugate());
    }

    [Fact]
    public void Fp6_ring_laws_inverse_and_squaring()
    {
        var random = new Random(24);
        for (var i = 0; i < 10; i++)
        {
            var a = Bls.RandomFp6(random);
            var b = Bls.RandomFp6(random);
            var c = Bls.RandomFp6(random);
            Assert.Equal(a * b, b * a);
            Assert.Equal((a * b) * c, a * (b * c));
            Assert.Equal((a * c) + (b * c), (a + b) * c);
            Assert.Equal(a * a, a.Square());
            Assert.Equal(Fp6.One, a * a.Inverse());
        }

        // v³ = ξ.
        var v = new Fp6(Fp2.Zero, Fp2.One, Fp2.Zero);
        Assert.Equal(new Fp6(new Fp2(Fp.One, Fp.One), Fp2.Zero, Fp2.Zero), v * v * v);
    }

    [Fact]
    public void Fp6_sparse_products_match_full_products()
    {
        var random = new Random(25);
        var a = Bls.RandomFp6(random);
        var b0 = Bls.RandomFp2(random);
        var b1 = Bls.RandomFp2(random);
        Assert.Equal(a * new Fp6(b0, b1, Fp2.Zero), a.MulBy01(b0, b1));
        Assert.Equal(a * new Fp6(Fp2.Zero, b1, Fp2.Zero), a.MulBy1(b1));
        Assert.Equal(a * new Fp6(Fp2.Zero, Fp2.One, Fp2.Zero), a.MulByV());
    }

    [Fact]
    public void Fp12_ring_laws_inverse_squaring_and_sparse_product()
    {
        var random = new Random(26);
        for (var i = 0; i < 5; i++)
        {
            var a = Bls.RandomFp12(random);
            var b = Bls.RandomFp12(random);
            var c = Bls.RandomFp12(random);
            Assert.Equal(a * b, b * a);
            Assert.Equal((a * b) * c, a * (b * c));
            Assert.Equal(a * a, a.Square());
            Assert.Equal(Fp12.One, a * a.Inverse());

            var l0 = Bls.RandomFp2(random);
            var l1 = Bls.RandomFp2(random);
            var l4 = Bls.RandomFp2(random);
            var line = new Fp12(new Fp6(l0, l1, Fp2.Zero), new Fp6(Fp2.Zero, l4, Fp2.Zero));
            Assert.Equal(a * line, a.MulBy014(l0, l1, l4));
        }

        // w² = v.
        var w = new Fp12(Fp6.Zero, Fp6.One);
        Assert.Equal(new Fp12(new Fp6(Fp2.Zero, Fp2.One, Fp2.Zero), Fp6.Zero), w * w);
    }

    [Fact]
    public void Fp12_Frobenius_maps_raise_to_p_and_p_squared()
    {
        var a = Bls.RandomFp12(new Random(27));
        var ap = Bls.Pow(a, Bls.P);
        Assert.Equal(ap, a.Frobenius());
        Assert.Equal(Bls.Pow(ap, Bls.P), a.Frobenius2());
        Assert.Equal(a.Frobenius().Frobenius(), a.Frobenius2());

        // p⁶ acts as conjugation.
        var a6 = a;
        for (var i = 0; i < 6; i++)
        {
            a6 = a6.Frobenius();
        }

        Assert.Equal(a.Conjugate(), a6);
    }

    [Fact]
    public void Cyclotomic_squaring_matches_squaring_inside_the_cyclotomic_subgroup()
    {
        var random = new Random(28);
        for (var i = 0; i < 5; i++)
        {
            // f^((p⁶ − 1)(p² + 1)) lies in the cyclotomic subgroup.
            var f = Bls.RandomFp12(random);
            var t = f.Conjugate() * f.Inverse();
            t = t.Frobenius2() * t;
            Assert.Equal(Fp12.One, t * t.Conjugate());
            Assert.Equal(t.Square(), t.CyclotomicSquare());
        }
    }
}
