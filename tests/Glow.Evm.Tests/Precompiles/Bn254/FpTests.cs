using System.Numerics;
using Glow.Evm.Precompiles.Bn254;
using static Glow.Evm.Tests.Precompiles.Bn254.Bn254Reference;

namespace Glow.Evm.Tests.Precompiles.Bn254;

public class FpTests
{
    [Fact]
    public void Arithmetic_agrees_with_big_integers_modulo_p()
    {
        var random = new Random(254);
        for (var i = 0; i < 2000; i++)
        {
            var a = RandomBelow(random, P);
            var b = i % 10 == 0 ? P - 1 - RandomBelow(random, 3) : RandomBelow(random, P);
            var fa = ToFp(a);
            var fb = ToFp(b);
            Assert.Equal((a + b) % P, ToInteger(fa + fb));
            Assert.Equal((((a - b) % P) + P) % P, ToInteger(fa - fb));
            Assert.Equal((a * b) % P, ToInteger(fa * fb));
            Assert.Equal((P - a) % P, ToInteger(-fa));
            Assert.Equal(a * a % P, ToInteger(Fp.Square(fa)));
        }
    }

    [Fact]
    public void Inverse_times_value_is_one_and_zero_inverts_to_zero()
    {
        var random = new Random(1);
        for (var i = 0; i < 100; i++)
        {
            var a = RandomFp(random);
            Assert.Equal(Fp.One, a * Fp.Inverse(a));
        }

        Assert.True(Fp.Inverse(Fp.Zero).IsZero);
    }

    [Fact]
    public void Square_roots_exist_exactly_for_quadratic_residues()
    {
        var random = new Random(2);
        for (var i = 0; i < 100; i++)
        {
            var a = RandomFp(random);
            Assert.True(Fp.TrySqrt(Fp.Square(a), out var root));
            Assert.Equal(Fp.Square(a), Fp.Square(root));
            var isResidue = BigInteger.ModPow(ToInteger(a), (P - 1) / 2, P) == 1;
            Assert.Equal(isResidue, Fp.TrySqrt(a, out _));
        }
    }

    [Fact]
    public void Reading_rejects_p_and_above_and_round_trips_below()
    {
        Assert.False(Fp.TryRead(ToBytes32(P), out _));
        Assert.False(Fp.TryRead(ToBytes32(P + 1), out _));
        Assert.False(Fp.TryRead(Enumerable.Repeat((byte)0xff, 32).ToArray(), out _));
        Assert.True(Fp.TryRead(ToBytes32(P - 1), out var max));
        Assert.Equal(P - 1, ToInteger(max));
        Assert.Equal(BigInteger.One, ToInteger(Fp.One));
        Assert.Equal(new BigInteger(12345), ToInteger(Fp.FromUInt64(12345)));
    }
}
