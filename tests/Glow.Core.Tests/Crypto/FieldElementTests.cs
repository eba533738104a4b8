using System.Numerics;
using Glow.Core.Crypto;

namespace Glow.Core.Tests.Crypto;

public class FieldElementTests
{
    private static readonly BigInteger[] Values = Big.Samples(1, 300).ToArray();
    private static readonly BigInteger[] Others = Big.Samples(2, 300).ToArray();

    [Fact]
    public void Multiplication_and_squaring_match_BigInteger_including_values_at_and_above_p()
    {
        for (var i = 0; i < Values.Length; i++)
        {
            var a = Values[i];
            var b = Others[i];
            Assert.Equal(Big.Mod(a * b, Big.P), Big.Value(Big.Field(a) * Big.Field(b)));
            Assert.Equal(Big.Mod(a * a, Big.P), Big.Value(FieldElement.Sqr(Big.Field(a))));
            Assert.Equal(Big.Mod(a * 7, Big.P), Big.Value(FieldElement.MulInt(Big.Field(a), 7)));
            Assert.Equal(Big.Mod(a * 0x3FFFFFFF, Big.P), Big.Value(FieldElement.MulInt(Big.Field(a), 0x3FFFFFFF)));
        }
    }

    [Fact]
    public void Addition_subtraction_and_negation_match_BigInteger()
    {
        foreach (var a in Values)
        {
            foreach (var b in Others.Take(40).Concat(Values.Take(25)))
            {
                Assert.Equal(Big.Mod(a + b, Big.P), Big.Value(Big.Field(a) + Big.Field(b)));
                Assert.Equal(Big.Mod(a - b, Big.P), Big.Value(Big.Field(a) - Big.Field(b)));
            }

            Assert.Equal(Big.Mod(-a, Big.P), Big.Value(-Big.Field(a)));
        }
    }

    [Fact]
    public void Results_stay_below_2_to_the_256_and_normalize_below_p()
    {
        foreach (var a in Values)
        {
            var f = Big.Field(a);
            Assert.True(Big.Raw(f * f) < Big.Two256);
            var n = f.Normalize();
            Assert.True(Big.Raw(n) < Big.P);
            Assert.Equal(Big.Mod(a, Big.P), Big.Raw(n));
        }
    }

    [Fact]
    public void Inverse_times_value_is_one_and_zero_inverts_to_zero()
    {
        foreach (var a in Values.Take(80))
        {
            var f = Big.Field(a);
            if (Big.Mod(a, Big.P).IsZero)
            {
                Assert.True(f.Inverse().IsZero);
                continue;
            }

            Assert.Equal(BigInteger.ModPow(a, Big.P - 2, Big.P), Big.Value(f.Inverse()));
            Assert.Equal(BigInteger.One, Big.Value(f.Inverse() * f));
        }
    }

    [Fact]
    public void Square_root_exists_exactly_for_quadratic_residues()
    {
        var roots = 0;
        foreach (var a in Values.Take(100))
        {
            var residue = Big.Mod(a, Big.P);
            var isResidue = residue.IsZero || BigInteger.ModPow(residue, (Big.P - 1) / 2, Big.P).IsOne;
            Assert.Equal(isResidue, Big.Field(a).TrySqrt(out var root));
            if (isResidue)
            {
                roots++;
                Assert.Equal(residue, Big.Mod(Big.Value(root) * Big.Value(root), Big.P));
            }
        }

        Assert.InRange(roots, 20, 80);
    }

    [Fact]
    public void Reading_rejects_values_not_below_p()
    {
        Assert.True(FieldElement.TryRead(Big.ToBytes32(Big.P - 1), out var f));
        Assert.Equal(Big.P - 1, Big.Value(f));
        Assert.False(FieldElement.TryRead(Big.ToBytes32(Big.P), out _));
        Assert.False(FieldElement.TryRead(Big.ToBytes32(Big.Two256 - 1), out _));
    }

    [Fact]
    public void Zero_and_parity_look_at_the_canonical_value()
    {
        Assert.True(Big.Field(Big.P).IsZero);
        Assert.True(Big.Field(BigInteger.Zero).IsZero);
        Assert.False(Big.Field(Big.P + 1).IsZero);
        Assert.True(Big.Field(Big.P + 1).EqualsValue(FieldElement.One));
        Assert.False(Big.Field(Big.P).IsOdd); // p itself is odd, but it stands for zero
        Assert.True(Big.Field(Big.P + 2).IsOdd == false && Big.Field(Big.P + 1).IsOdd);
    }
}
