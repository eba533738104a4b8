using System.Numerics;
using Glow.Core.Crypto;

namespace Glow.Core.Tests.Crypto;

public class ScalarTests
{
    private static readonly BigInteger[] Values = Big.Samples(3, 300).Select(v => Big.Mod(v, Big.N)).ToArray();
    private static readonly BigInteger[] Others = Big.Samples(4, 300).Select(v => Big.Mod(v, Big.N)).ToArray();

    [Fact]
    public void Multiplication_addition_and_negation_match_BigInteger()
    {
        for (var i = 0; i < Values.Length; i++)
        {
            var a = Values[i];
            var b = Others[i];
            var sa = Big.ScalarOf(a);
            var sb = Big.ScalarOf(b);
            Assert.Equal(Big.Mod(a * b, Big.N), Big.Value(sa * sb));
            Assert.Equal(Big.Mod(a + b, Big.N), Big.Value(sa + sb));
            Assert.Equal(Big.Mod(a - b, Big.N), Big.Value(sa - sb));
            Assert.Equal(Big.Mod(-a, Big.N), Big.Value(-sa));
        }
    }

    [Fact]
    public void Product_of_the_largest_values_reduces_fully()
    {
        var max = Big.ScalarOf(Big.N - 1);
        Assert.Equal(BigInteger.One, Big.Value(max * max));
        Assert.Equal(Big.N - 2, Big.Value(max + max));
    }

    [Fact]
    public void Reading_reduces_values_at_or_above_n_and_reports_the_overflow()
    {
        var s = Scalar.Read(Big.ToBytes32(Big.N - 1), out var overflow);
        Assert.False(overflow);
        Assert.Equal(Big.N - 1, Big.Value(s));
        s = Scalar.Read(Big.ToBytes32(Big.N), out overflow);
        Assert.True(overflow);
        Assert.True(s.IsZero);
        s = Scalar.Read(Big.ToBytes32(Big.Two256 - 1), out overflow);
        Assert.True(overflow);
        Assert.Equal(Big.Two256 - 1 - Big.N, Big.Value(s));
    }

    [Fact]
    public void Inverse_matches_Fermat_in_BigInteger()
    {
        foreach (var a in Values.Take(60))
        {
            var inv = Big.ScalarOf(a).Inverse();
            Assert.Equal(BigInteger.ModPow(a, Big.N - 2, Big.N), Big.Value(inv));
        }
    }

    [Fact]
    public void High_means_above_half_the_order()
    {
        var half = (Big.N - 1) / 2;
        Assert.False(Big.ScalarOf(half).IsHigh);
        Assert.True(Big.ScalarOf(half + 1).IsHigh);
        Assert.True(Big.ScalarOf(Big.N - 1).IsHigh);
        Assert.False(Scalar.One.IsHigh);
        Assert.False(Scalar.Zero.IsHigh);
    }
}
