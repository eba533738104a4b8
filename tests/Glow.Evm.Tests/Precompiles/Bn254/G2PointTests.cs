using Glow.Evm.Precompiles.Bn254;
using static Glow.Evm.Tests.Precompiles.Bn254.Bn254Reference;

namespace Glow.Evm.Tests.Precompiles.Bn254;

public class G2PointTests
{
    [Fact]
    public void The_EIP_197_generator_is_on_the_twist_and_has_order_r()
    {
        G2Point.Generator.ToAffine(out var x, out var y);
        Assert.True(G2Point.IsOnCurve(x, y));
        Assert.True(G2Point.Multiply(G2Point.Generator, Scalar(R)).IsInfinity);
        Assert.False(G2Point.Multiply(G2Point.Generator, Scalar(R - 1)).IsInfinity);
        Assert.True(G2Point.IsInSubgroup(G2Point.Generator));
    }

    [Fact]
    public void Addition_is_consistent_with_multiplication()
    {
        var random = new Random(10);
        for (var i = 0; i < 20; i++)
        {
            var a = RandomBelow(random, R);
            var b = RandomBelow(random, R);
            var aQ = G2Point.Multiply(G2Point.Generator, Scalar(a));
            var bQ = G2Point.Multiply(G2Point.Generator, Scalar(b));
            Assert.True(G2Point.AreEqual(G2Point.Multiply(G2Point.Generator, Scalar((a + b) % R)), G2Point.Add(aQ, bQ)));
            Assert.True(G2Point.AreEqual(G2Point.Double(aQ), G2Point.Add(aQ, aQ)));
            Assert.True(G2Point.Add(aQ, G2Point.Negate(aQ)).IsInfinity);
        }
    }

    [Fact]
    public void Psi_acts_on_G2_as_multiplication_by_p()
    {
        var random = new Random(11);
        for (var i = 0; i < 10; i++)
        {
            var q = RandomG2(random);
            Assert.True(G2Point.AreEqual(G2Point.Psi(q), G2Point.Multiply(q, Scalar(P % R))));
        }
    }

    [Fact]
    public void Endomorphism_subgroup_test_agrees_with_multiplying_by_r()
    {
        var random = new Random(12);
        for (var i = 0; i < 40; i++)
        {
            var inside = RandomG2(random);
            Assert.True(G2Point.IsInSubgroup(inside));

            var outside = RandomTwistPoint(random);
            outside.ToAffine(out var x, out var y);
            Assert.True(G2Point.IsOnCurve(x, y));
            Assert.Equal(G2Point.Multiply(outside, Scalar(R)).IsInfinity, G2Point.IsInSubgroup(outside));
            Assert.False(G2Point.IsInSubgroup(outside));

            // A G2 point plus a point outside stays outside; the cofactor multiple of a twist point lies inside.
            Assert.False(G2Point.IsInSubgroup(G2Point.Add(inside, outside)));
        }
    }

    [Fact]
    public void Decoding_rejects_points_off_the_twist_out_of_range_or_outside_G2()
    {
        var encoded = new byte[128];
        G2Point.Generator.Encode(encoded);
        Assert.True(G2Point.TryDecode(encoded, out var g));
        Assert.True(G2Point.AreEqual(G2Point.Generator, g));
        Assert.True(G2Point.TryDecode(new byte[128], out var infinity));
        Assert.True(infinity.IsInfinity);

        var offCurve = (byte[])encoded.Clone();
        offCurve[127] ^= 1;
        Assert.False(G2Point.TryDecode(offCurve, out _));

        var outside = new byte[128];
        RandomTwistPoint(new Random(13)).Encode(outside);
        Assert.False(G2Point.TryDecode(outside, out _));

        // Each of the four coordinates pushed to itself + p (same value modulo p, invalid encoding).
        for (var part = 0; part < 4; part++)
        {
            var value = new System.Numerics.BigInteger(encoded.AsSpan(32 * part, 32), isUnsigned: true, isBigEndian: true);
            if (value + P >= System.Numerics.BigInteger.One << 256)
            {
                continue;
            }

            var shifted = (byte[])encoded.Clone();
            Scalar(value + P).CopyTo(shifted, 32 * part);
            Assert.False(G2Point.TryDecode(shifted, out _));
        }
    }
}
