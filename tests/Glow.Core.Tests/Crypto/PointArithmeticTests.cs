using System.Numerics;
using Glow.Core.Crypto;

namespace Glow.Core.Tests.Crypto;

public class PointArithmeticTests
{
    [Fact]
    public void Generator_is_on_the_curve_and_matches_the_published_coordinates()
    {
        Assert.True(AffinePoint.G.IsOnCurve);
        Assert.Equal(Big.Gx, Big.Value(AffinePoint.G.X));
        Assert.Equal(Big.Gy, Big.Value(AffinePoint.G.Y));
    }

    [Fact]
    public void Endomorphism_constants_are_cube_roots_of_one_and_match_each_other()
    {
        var beta = Big.Value(FieldElement.Beta);
        var lambda = Big.Value(Scalar.Lambda);
        Assert.Equal(BigInteger.One, BigInteger.ModPow(beta, 3, Big.P));
        Assert.Equal(BigInteger.One, BigInteger.ModPow(lambda, 3, Big.N));
        var lg = RefCurve.Mul(lambda, RefCurve.G)!.Value;
        Assert.Equal((Big.Mod(beta * Big.Gx, Big.P), Big.Gy), lg);
    }

    [Fact]
    public void Doubling_and_mixed_addition_give_small_multiples_of_G()
    {
        var acc = JacobianPoint.FromAffine(AffinePoint.G);
        for (var k = 2; k <= 20; k++)
        {
            acc = acc.AddMixed(AffinePoint.G);
            AssertSame(RefCurve.Mul(k, RefCurve.G), acc.ToAffine());
        }

        AssertSame(RefCurve.Mul(40, RefCurve.G), acc.Double().ToAffine());
        Assert.True(acc.AddMixed(acc.ToAffine().Negate()).IsInfinity);
        AssertSame(RefCurve.Mul(40, RefCurve.G), acc.AddMixed(acc.ToAffine()).ToAffine());
        AssertSame(RefCurve.Mul(40, RefCurve.G), acc.Add(acc).ToAffine());
    }

    [Fact]
    public void Constant_time_and_variable_time_multiplication_agree_with_the_reference()
    {
        var ks = new List<BigInteger> { 1, 2, 3, 15, 16, 17, 255, 256, Big.N - 1, Big.N - 2, (Big.N - 1) / 2, BigInteger.Pow(2, 128), BigInteger.Pow(2, 252) * 15 };
        var rng = new Random(7);
        var buf = new byte[32];
        for (var i = 0; i < 20; i++)
        {
            rng.NextBytes(buf);
            ks.Add(Big.Mod(Big.FromBytes(buf), Big.N));
        }

        foreach (var k in ks)
        {
            var expected = RefCurve.Mul(k, RefCurve.G);
            var s = Big.ScalarOf(k);
            AssertSame(expected, EcMultGen.MulG(s).ToAffine());
            AssertSame(expected, EcMult.MulAdd(s, AffinePoint.Infinity, Scalar.Zero).ToAffine());
            AssertSame(expected, EcMult.MulAdd(Scalar.Zero, AffinePoint.G, s).ToAffine());
        }
    }

    [Fact]
    public void Double_multiplication_matches_the_reference()
    {
        var rng = new Random(8);
        var buf = new byte[32];
        for (var i = 0; i < 20; i++)
        {
            rng.NextBytes(buf);
            var a = Big.Mod(Big.FromBytes(buf), Big.N);
            rng.NextBytes(buf);
            var b = Big.Mod(Big.FromBytes(buf), Big.N);
            rng.NextBytes(buf);
            var pk = Big.Mod(Big.FromBytes(buf), Big.N);
            var p = RefCurve.Mul(pk, RefCurve.G)!.Value;
            var expected = RefCurve.Add(RefCurve.Mul(a, RefCurve.G), RefCurve.Mul(b, p));
            var point = new AffinePoint(Big.Field(p.X), Big.Field(p.Y));
            AssertSame(expected, EcMult.MulAdd(Big.ScalarOf(a), point, Big.ScalarOf(b)).ToAffine());
        }
    }

    [Fact]
    public void Multiplying_by_n_minus_1_gives_minus_G_and_by_zero_gives_infinity()
    {
        var minusOne = Big.ScalarOf(Big.N - 1);
        var r = EcMultGen.MulG(minusOne).ToAffine();
        Assert.Equal(Big.Gx, Big.Value(r.X));
        Assert.Equal(Big.P - Big.Gy, Big.Value(r.Y));
        Assert.True(EcMultGen.MulG(Scalar.Zero).IsInfinity);
        Assert.True(EcMult.MulAdd(Scalar.One, AffinePoint.G, minusOne).IsInfinity);
    }

    [Fact]
    public void Glv_split_recombines_and_gives_halves_of_at_most_128_bits()
    {
        var rng = new Random(9);
        var buf = new byte[32];
        var lambda = Big.Value(Scalar.Lambda);
        for (var i = 0; i < 500; i++)
        {
            rng.NextBytes(buf);
            var k = i switch { 0 => Big.N - 1, 1 => BigInteger.One, 2 => lambda, 3 => Big.N - lambda, _ => Big.Mod(Big.FromBytes(buf), Big.N) };
            Scalar.SplitLambda(Big.ScalarOf(k), out var k1, out var k2);
            Assert.Equal(k, Big.Mod(Big.Value(k1) + (Big.Value(k2) * lambda), Big.N));
            var s1 = k1.Shorten(out var n1);
            var s2 = k2.Shorten(out var n2);
            Assert.True(Big.Value(s1) < BigInteger.Pow(2, 128), $"k1 of {k:x}");
            Assert.True(Big.Value(s2) < BigInteger.Pow(2, 128), $"k2 of {k:x}");
            Assert.Equal(Big.Value(k1), n1 ? Big.N - Big.Value(s1) : Big.Value(s1));
            Assert.Equal(Big.Value(k2), n2 ? Big.N - Big.Value(s2) : Big.Value(s2));
        }
    }

    [Fact]
    public void Wnaf_digits_are_odd_bounded_sparse_and_sum_to_the_scalar()
    {
        var rng = new Random(10);
        var buf = new byte[32];
        foreach (var w in new[] { 4, 5, 12 })
        {
            for (var i = 0; i < 100; i++)
            {
                rng.NextBytes(buf);
                var k = i == 0 ? Big.Two256 - 1 : i == 1 ? BigInteger.Zero : Big.FromBytes(buf);
                var digits = new int[Wnaf.MaxLength];
                var s = new Scalar(Big.Field(k).L0, Big.Field(k).L1, Big.Field(k).L2, Big.Field(k).L3);
                var len = Wnaf.Compute(s, w, false, digits);
                var sum = BigInteger.Zero;
                var lastNonZero = -w;
                for (var j = 0; j < digits.Length; j++)
                {
                    if (digits[j] == 0)
                    {
                        continue;
                    }

                    Assert.True((digits[j] & 1) == 1 || (digits[j] & 1) == -1);
                    Assert.InRange(Math.Abs(digits[j]), 1, (1 << (w - 1)) - 1);
                    Assert.True(j - lastNonZero >= w);
                    lastNonZero = j;
                    sum += digits[j] * BigInteger.Pow(2, j);
                }

                Assert.Equal(k, sum);
                Assert.Equal(k.IsZero ? 0 : lastNonZero + 1, len);
            }
        }
    }

    private static void AssertSame((BigInteger X, BigInteger Y)? expected, AffinePoint actual)
    {
        Assert.NotNull(expected);
        Assert.False(actual.IsInfinity);
        Assert.Equal(expected.Value.X, Big.Value(actual.X));
        Assert.Equal(expected.Value.Y, Big.Value(actual.Y));
    }
}
