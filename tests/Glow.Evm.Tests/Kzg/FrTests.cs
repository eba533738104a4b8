using System.Numerics;
using Glow.Evm.Precompiles.Bls12381;

namespace Glow.Evm.Tests.Kzg;

public sealed class FrTests
{
    [Fact]
    public void Arithmetic_matches_BigInteger_reference()
    {
        var random = new Random(11);
        for (var i = 0; i < 300; i++)
        {
            var a = Bls.RandomBelow(random, Bls.R);
            var b = Bls.RandomBelow(random, Bls.R);
            var fa = Bls.ToFr(a);
            var fb = Bls.ToFr(b);
            Assert.Equal(Bls.Mod(a + b, Bls.R), Bls.ToBig(fa + fb));
            Assert.Equal(Bls.Mod(a - b, Bls.R), Bls.ToBig(fa - fb));
            Assert.Equal(Bls.Mod(-a, Bls.R), Bls.ToBig(-fa));
            Assert.Equal(Bls.Mod(a * b, Bls.R), Bls.ToBig(fa * fb));
        }
    }

    [Fact]
    public void Inverse_times_value_is_one()
    {
        var random = new Random(12);
        for (var i = 0; i < 20; i++)
        {
            var a = Bls.RandomFr(random);
            Assert.Equal(Fr.One, a * a.Inverse());
        }
    }

    [Fact]
    public void Reading_rejects_the_modulus_and_above()
    {
        Assert.True(Fr.TryRead(Bls.ToBytes(Bls.R - 1, 32), out var rMinus1));
        Assert.Equal(-Fr.One, rMinus1);
        Assert.False(Fr.TryRead(Bls.ToBytes(Bls.R, 32), out _));
        Assert.False(Fr.TryRead(Enumerable.Repeat((byte)0xff, 32).ToArray(), out _));
    }

    [Fact]
    public void Reduction_of_arbitrary_bytes_matches_reference()
    {
        var random = new Random(13);
        var bytes = new byte[32];
        for (var i = 0; i < 50; i++)
        {
            random.NextBytes(bytes);
            Assert.Equal(Bls.Mod(Bls.FromBytes(bytes), Bls.R), Bls.ToBig(Fr.FromBytesReduced(bytes)));
        }
    }

    [Fact]
    public void Limbs_are_the_plain_integer()
    {
        var value = Bls.Parse("0123456789abcdef00112233445566778899aabbccddeeff0f1e2d3c4b5a6978");
        Span<ulong> limbs = stackalloc ulong[4];
        Bls.ToFr(value).WriteLimbs(limbs);
        Assert.Equal(Bls.Limbs(value), limbs.ToArray());
        Assert.Equal(new BigInteger(7), Bls.ToBig(Fr.FromUInt64(7)));
    }
}
