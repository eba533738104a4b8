using Glow.Evm.Precompiles.Bn254;
using static Glow.Evm.Tests.Precompiles.Bn254.Bn254Reference;

namespace Glow.Evm.Tests.Precompiles.Bn254;

public class ExtensionFieldTests
{
    [Fact]
    public void Fp2_multiplication_is_associative_distributive_and_squares_agree()
    {
        var random = new Random(3);
        for (var i = 0; i < 200; i++)
        {
            var (a, b, c) = (RandomFp2(random), RandomFp2(random), RandomFp2(random));
            Assert.Equal((a * b) * c, a * (b * c));
            Assert.Equal(a * (b + c), (a * b) + (a * c));
            Assert.Equal(a * a, Fp2.Square(a));
            Assert.Equal(Fp2.One, a * Fp2.Inverse(a));
            Assert.Equal(a * Fp2.Xi, Fp2.MulByXi(a));
        }

        var u = new Fp2(Fp.Zero, Fp.One);
        Assert.Equal(new Fp2(-Fp.One, Fp.Zero), u * u);
    }

    [Fact]
    public void Fp6_products_squares_inverses_and_sparse_products_agree()
    {
        var random = new Random(4);
        for (var i = 0; i < 100; i++)
        {
            var (a, b, c) = (RandomFp6(random), RandomFp6(random), RandomFp6(random));
            Assert.True(((a * b) * c).ValueEquals(a * (b * c)));
            Assert.True((a * (b + c)).ValueEquals((a * b) + (a * c)));
            Assert.True(Fp6.Square(a).ValueEquals(a * a));
            Assert.True((a * Fp6.Inverse(a)).ValueEquals(Fp6.One));
            var v = new Fp6(Fp2.Zero, Fp2.One, Fp2.Zero);
            Assert.True(Fp6.MulByV(a).ValueEquals(a * v));
            var (b0, b1) = (RandomFp2(random), RandomFp2(random));
            Assert.True(Fp6.MulBy01(a, b0, b1).ValueEquals(a * new Fp6(b0, b1, Fp2.Zero)));
        }

        // v³ = ξ.
        var vv = new Fp6(Fp2.Zero, Fp2.One, Fp2.Zero);
        Assert.True((vv * vv * vv).ValueEquals(new Fp6(Fp2.Xi, Fp2.Zero, Fp2.Zero)));
    }

    [Fact]
    public void Fp12_products_squares_inverses_and_line_products_agree()
    {
        var random = new Random(5);
        for (var i = 0; i < 50; i++)
        {
            var (a, b, c) = (RandomFp12(random), RandomFp12(random), RandomFp12(random));
            Assert.True(((a * b) * c).ValueEquals(a * (b * c)));
            Assert.True(Fp12.Square(a).ValueEquals(a * a));
            Assert.True((a * Fp12.Inverse(a)).ValueEquals(Fp12.One));
            var (l0, l1, l3) = (RandomFp2(random), RandomFp2(random), RandomFp2(random));
            var line = new Fp12(new Fp6(l0, Fp2.Zero, Fp2.Zero), new Fp6(l1, l3, Fp2.Zero));
            Assert.True(Fp12.MulByLine(a, l0, l1, l3).ValueEquals(a * line));
        }
    }

    [Fact]
    public void Frobenius_maps_are_the_p_p2_and_p3_powers()
    {
        var random = new Random(6);
        for (var i = 0; i < 3; i++)
        {
            var a = RandomFp12(random);
            var ap = Pow(a, P);
            Assert.True(Fp12.Frobenius(a).ValueEquals(ap));
            Assert.True(Fp12.FrobeniusSquared(a).ValueEquals(Pow(ap, P)));
            Assert.True(Fp12.FrobeniusCubed(a).ValueEquals(Fp12.Frobenius(Fp12.FrobeniusSquared(a))));
        }
    }

    [Fact]
    public void Frobenius_applied_twelve_times_and_conjugate_twice_are_the_identity()
    {
        var a = RandomFp12(new Random(7));
        var b = a;
        for (var i = 0; i < 4; i++)
        {
            b = Fp12.FrobeniusCubed(b);
        }

        Assert.True(b.ValueEquals(a));
        Assert.True(Fp12.Conjugate(Fp12.Conjugate(a)).ValueEquals(a));
        Assert.True(Fp12.Conjugate(a).ValueEquals(Fp12.FrobeniusCubed(Fp12.FrobeniusCubed(a))));
    }

    [Fact]
    public void Xi_is_not_a_square_so_psi_squared_negates_y()
    {
        Assert.False(TrySqrt(Fp2.Xi, out _));
        Assert.Equal(new Fp2(-Fp.One, Fp.Zero), Fp12.TwistFrobeniusSquaredY);
    }

    [Fact]
    public void Cyclotomic_square_equals_the_plain_square_after_the_easy_part()
    {
        var random = new Random(8);
        for (var i = 0; i < 20; i++)
        {
            var f = RandomFp12(random);
            var t = Fp12.Conjugate(f) * Fp12.Inverse(f);
            var m = Fp12.FrobeniusSquared(t) * t;
            Assert.True(Fp12.CyclotomicSquare(m).ValueEquals(Fp12.Square(m)));
        }
    }
}
