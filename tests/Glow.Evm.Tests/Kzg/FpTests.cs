using System.Numerics;
using Glow.Evm.Precompiles.Bls12381;

namespace Glow.Evm.Tests.Kzg;

public sealed class FpTests
{
    [Fact]
    public void Arithmetic_matches_BigInteger_reference()
    {
        var random = new Random(1);
        for (var i = 0; i < 300; i++)
        {
            var a = Bls.RandomBelow(random, Bls.P);
            var b = Bls.RandomBelow(random, Bls.P);
            var fa = Bls.ToFp(a);
            var fb = Bls.ToFp(b);
            Assert.Equal(Bls.Mod(a + b, Bls.P), Bls.ToBig(fa + fb));
            Assert.Equal(Bls.Mod(a - b, Bls.P), Bls.ToBig(fa - fb));
            Assert.Equal(Bls.Mod(-a, Bls.P), Bls.ToBig(-fa));
            Assert.Equal(Bls.Mod(a * b, Bls.P), Bls.ToBig(fa * fb));
            Assert.Equal(Bls.Mod(a * a, Bls.P), Bls.ToBig(fa.Square()));
        }
    }

    [Fact]
    public void Arithmetic_is_right_at_the_edges_of_the_field()
    {
        BigInteger[] edges = [0, 1, 2, Bls.P - 1, Bls.P - 2, (Bls.P - 1) / 2, (Bls.P + 1) / 2, BigInteger.Pow(2, 380), BigInteger.Pow(2, 64) - 1];
        foreach (var a in edges)
        {
            foreach (var b in edges)
            {
                var fa = Bls.ToFp(a);
                var fb = Bls.ToFp(b);
                Assert.Equal(Bls.Mod(a + b, Bls.P), Bls.ToBig(fa + fb));
                Assert.Equal(Bls.Mod(a - b, Bls.P), Bls.ToBig(fa - fb));
                Assert.Equal(Bls.Mod(a * b, Bls.P), Bls.ToBig(fa * fb));
            }
        }
    }

    [Fact]
    public void Multiplication_accepts_unreduced_sums_and_differences_below_2p()
    {
        BigInteger[] values = [0, 1, 2, Bls.P - 1, Bls.P - 2, (Bls.P - 1) / 2, (Bls.P + 1) / 2, BigInteger.Pow(2, 380), BigInteger.Pow(2, 64) - 1];
        var random = new Random(5);
        var all = values.Concat(Enumerable.Range(0, 10).Select(_ => Bls.RandomBelow(random, Bls.P))).ToArray();
        foreach (var a in all)
        {
            foreach (var b in all)
            {
                var fa = Bls.ToFp(a);
                var fb = Bls.ToFp(b);
                var sum = Fp.AddUnreduced(fa, fb);
                var difference = Fp.SubtractUnreduced(fa, fb);
                Assert.Equal(Bls.Mod((a + b) * (a + b), Bls.P), Bls.ToBig(sum * sum));
                Assert.Equal(Bls.Mod((a + b) * (a - b), Bls.P), Bls.ToBig(sum * difference));
                Assert.Equal(Bls.Mod((a - b) * (a - b), Bls.P), Bls.ToBig(difference * difference));
                Assert.Equal(Bls.Mod((a + b) * b, Bls.P), Bls.ToBig(sum * fb));
            }
        }
    }

    [Fact]
    public void Inverse_times_value_is_one_and_zero_maps_to_zero()
    {
        var random = new Random(2);
        for (var i = 0; i < 20; i++)
        {
            var a = Bls.RandomFp(random);
            Assert.Equal(Fp.One, a * a.Inverse());
        }

        Assert.Equal(Fp.Zero, Fp.Zero.Inverse());
        Assert.Equal(Fp.One, Fp.One.Inverse());
    }

    [Fact]
    public void Inverse_matches_BigInteger_reference_at_the_edges()
    {
        BigInteger[] values = [1, 2, 3, Bls.P - 1, Bls.P - 2, (Bls.P - 1) / 2, BigInteger.Pow(2, 380), BigInteger.Pow(2, 64) - 1, BigInteger.Pow(2, 64)];
        foreach (var a in values)
        {
            Assert.Equal(BigInteger.ModPow(a, Bls.P - 2, Bls.P), Bls.ToBig(Bls.ToFp(a).Inverse()));
        }
    }

    [Fact]
    public void Square_roots_exist_exactly_for_squares()
    {
        var random = new Random(3);
        var minusOne = -Fp.One;
        for (var i = 0; i < 20; i++)
        {
            var a = Bls.RandomFp(random);
            if (a.IsZero)
            {
                continue;
            }

            var square = a.Square();
            Assert.True(square.TrySqrt(out var root));
            Assert.True(root == a || root == -a);

            // p ≡ 3 (mod 4): −1 is not a square, so −a² has no root.
            Assert.False((square * minusOne).TrySqrt(out _));
        }
    }

    [Fact]
    public void Reading_accepts_p_minus_one_and_rejects_p_and_above()
    {
        Assert.True(Fp.TryRead(Bls.ToBytes(Bls.P - 1, 48), out var pMinus1));
        Assert.Equal(-Fp.One, pMinus1);
        Assert.False(Fp.TryRead(Bls.ToBytes(Bls.P, 48), out _));
        Assert.False(Fp.TryRead(Bls.ToBytes(Bls.P + 1, 48), out _));
        Assert.False(Fp.TryRead(Enumerable.Repeat((byte)0xff, 48).ToArray(), out _));
    }

    [Fact]
    public void Writing_then_reading_round_trips()
    {
        var random = new Random(4);
        var bytes = new byte[48];
        for (var i = 0; i < 50; i++)
        {
            var a = Bls.RandomFp(random);
            a.Write(bytes);
            Assert.True(Fp.TryRead(bytes, out var back));
            Assert.Equal(a, back);
        }
    }

    [Fact]
    public void Lexicographic_sign_splits_at_half_the_modulus()
    {
        Assert.False(Bls.ToFp((Bls.P - 1) / 2).IsLexicographicallyLargest);
        Assert.True(Bls.ToFp(((Bls.P - 1) / 2) + 1).IsLexicographicallyLargest);
        Assert.False(Fp.Zero.IsLexicographicallyLargest);
        Assert.True((-Fp.One).IsLexicographicallyLargest);
    }

    [Fact]
    public void Small_integers_enter_Montgomery_form()
    {
        Assert.Equal(new BigInteger(12345), Bls.ToBig(Fp.FromUInt64(12345)));
        Assert.Equal(BigInteger.One, Bls.ToBig(Fp.One));
    }
}
