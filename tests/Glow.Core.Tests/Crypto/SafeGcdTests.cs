using System.Numerics;
using Glow.Core.Crypto;

namespace Glow.Core.Tests.Crypto;

public class SafeGcdTests
{
    [Fact]
    public void Variable_time_field_inverse_matches_Fermat_including_values_at_and_above_p()
    {
        foreach (var a in Big.Samples(20, 400))
        {
            var expected = BigInteger.ModPow(Big.Mod(a, Big.P), Big.P - 2, Big.P);
            Assert.Equal(expected, Big.Value(SafeGcd.InverseVar(Big.Field(a))));
        }
    }

    [Fact]
    public void Variable_time_scalar_inverse_matches_Fermat()
    {
        foreach (var a in Big.Samples(21, 400).Select(v => Big.Mod(v, Big.N)))
        {
            var expected = BigInteger.ModPow(a, Big.N - 2, Big.N);
            Assert.Equal(expected, Big.Value(SafeGcd.InverseVar(Big.ScalarOf(a))));
        }
    }

    [Fact]
    public void Small_and_extreme_values_invert()
    {
        foreach (var a in new BigInteger[] { 1, 2, 3, Big.N - 1, Big.N - 2, BigInteger.Pow(2, 255), BigInteger.Pow(2, 128) + 1 })
        {
            Assert.Equal(BigInteger.One, Big.Mod(Big.Value(SafeGcd.InverseVar(Big.ScalarOf(a))) * a, Big.N));
            Assert.Equal(BigInteger.One, Big.Mod(Big.Value(SafeGcd.InverseVar(Big.Field(a))) * a, Big.P));
        }

        Assert.True(SafeGcd.InverseVar(Scalar.Zero).IsZero);
        Assert.True(SafeGcd.InverseVar(FieldElement.Zero).IsZero);
    }
}
