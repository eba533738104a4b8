using Glow.Evm.Precompiles.Bls12381;

namespace Glow.Evm.Tests.Kzg;

public sealed class G1MultiScalarSumTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(17)]
    public void Sum_matches_the_sum_of_separate_products(int count)
    {
        var random = new Random(700 + count);
        var points = new AffinePoint<Fp>[count];
        var scalars = new Fr[count];
        var expected = JacobianPoint<Fp>.Infinity;
        for (var i = 0; i < count; i++)
        {
            points[i] = Bls.RandomG1(random);
            var k = Bls.RandomBelow(random, Bls.R);
            scalars[i] = Bls.ToFr(k);
            expected = expected.Add(Bls.Mul(points[i], k));
        }

        Assert.Equal(expected, G1MultiScalar.Sum(points, scalars));
    }

    [Fact]
    public void Points_at_infinity_zero_and_extreme_scalars_are_handled()
    {
        var random = new Random(710);
        var p = Bls.RandomG1(random);
        var q = Bls.RandomG1(random);
        AffinePoint<Fp>[] points = [p, AffinePoint<Fp>.Infinity, q, p, G1.Generator];
        Fr[] scalars = [Fr.Zero, Bls.RandomFr(random), -Fr.One, Fr.One, Bls.ToFr(Bls.R - 2)];
        var expected = Bls.Mul(q, Bls.R - 1).Add(p).Add(Bls.Mul(G1.Generator, Bls.R - 2));
        Assert.Equal(expected, G1MultiScalar.Sum(points, scalars));

        // p and −p cancel.
        Assert.True(G1MultiScalar.Sum([p, p.Negate()], [Fr.One + Fr.One, Fr.One + Fr.One]).IsInfinity);
        Assert.Throws<ArgumentException>(() => G1MultiScalar.Sum([p], []));
    }

    [Fact]
    public void Scaled_reads_are_the_value_over_two_to_the_256_and_refuse_the_modulus()
    {
        var random = new Random(720);
        for (var i = 0; i < 50; i++)
        {
            var v = Bls.RandomBelow(random, Bls.R);
            var bytes = Bls.ToBytes(v, 32);
            Assert.True(Fr.TryReadScaled(bytes, out var scaled));
            Assert.Equal(v, Bls.ToBig(scaled.Unscale()));
            Assert.True(Fr.TryRead(bytes, out var exact));
            Assert.Equal(exact, scaled.Unscale());
        }

        Assert.False(Fr.TryReadScaled(Bls.ToBytes(Bls.R, 32), out _));
        Assert.False(Fr.TryReadScaled(Enumerable.Repeat((byte)0xff, 32).ToArray(), out _));
        Assert.True(Fr.TryReadScaled(Bls.ToBytes(Bls.R - 1, 32), out var max));
        Assert.Equal(Bls.R - 1, Bls.ToBig(max.Unscale()));
    }
}
