using System.Numerics;
using Glow.Evm.Precompiles.Bls12381;

namespace Glow.Evm.Tests.Kzg;

public sealed class G1MultiScalarTests
{
    [Fact]
    public void Decomposition_recombines_to_the_scalar_with_half_length_parts()
    {
        var random = new Random(81);
        var x2 = Bls.X * Bls.X;
        foreach (var k in new[] { BigInteger.Zero, BigInteger.One, x2 - 1, x2, Bls.R - 1 }.Concat(Enumerable.Range(0, 50).Select(_ => Bls.RandomBelow(random, Bls.R))))
        {
            G1MultiScalar.Decompose(Bls.ToFr(k), out var low, out var high);
            var lowBig = (BigInteger)low;
            var highBig = (BigInteger)high;
            Assert.Equal(k, lowBig + (highBig * x2));
            Assert.True(lowBig < x2);
            Assert.True(highBig < x2);
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    public void Width_w_NAF_recombines_and_keeps_digits_odd_bounded_and_spaced(int width)
    {
        var random = new Random(82 + width);
        Span<sbyte> digits = stackalloc sbyte[130];
        for (var n = 0; n < 50; n++)
        {
            var k = (UInt128)Bls.RandomBelow(random, BigInteger.Pow(2, 128) - BigInteger.Pow(2, 126));
            var length = G1MultiScalar.Wnaf(k, width, digits);
            var sum = BigInteger.Zero;
            var lastNonZero = -width;
            for (var i = 0; i < length; i++)
            {
                int d = digits[i];
                sum += d * BigInteger.Pow(2, i);
                if (d != 0)
                {
                    Assert.True(Math.Abs(d) % 2 == 1 && Math.Abs(d) < (1 << (width - 1)));
                    Assert.True(i - lastNonZero >= width);
                    lastNonZero = i;
                }
            }

            Assert.Equal((BigInteger)k, sum);
        }
    }

    [Fact]
    public void Combined_product_matches_separate_multiplications()
    {
        var random = new Random(83);
        for (var i = 0; i < 10; i++)
        {
            var p = Bls.RandomG1(random);
            var a = Bls.RandomBelow(random, Bls.R);
            var b = Bls.RandomBelow(random, Bls.R);
            var expected = Bls.Mul(p, a).Add(Bls.Mul(G1.Generator, b));
            Assert.Equal(expected, G1MultiScalar.MultiplyAndAddGenerator(p, Bls.ToFr(a), Bls.ToFr(b)));
        }
    }

    [Fact]
    public void Combined_product_handles_zero_scalars_and_infinity()
    {
        var p = Bls.RandomG1(new Random(84));
        var k = Bls.ToFr(123456789);
        Assert.Equal(Bls.Mul(p, 123456789), G1MultiScalar.MultiplyAndAddGenerator(p, k, Fr.Zero));
        Assert.Equal(Bls.Mul(G1.Generator, 123456789), G1MultiScalar.MultiplyAndAddGenerator(p, Fr.Zero, k));
        Assert.Equal(Bls.Mul(G1.Generator, 123456789), G1MultiScalar.MultiplyAndAddGenerator(AffinePoint<Fp>.Infinity, k, k));
        Assert.True(G1MultiScalar.MultiplyAndAddGenerator(p, Fr.Zero, Fr.Zero).IsInfinity);
        Assert.True(G1MultiScalar.MultiplyAndAddGenerator(G1.Generator, Fr.One, -Fr.One).IsInfinity);
    }
}
