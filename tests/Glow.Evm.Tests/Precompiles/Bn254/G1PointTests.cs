using Glow.Core.Encoding;
using Glow.Evm.Precompiles.Bn254;
using static Glow.Evm.Tests.Precompiles.Bn254.Bn254Reference;

namespace Glow.Evm.Tests.Precompiles.Bn254;

public class G1PointTests
{
    // Multiples of the generator (1, 2), computed independently with affine formulas over Python integers.
    [Theory]
    [InlineData("2", "030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd315ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4")]
    [InlineData("3", "0769bf9ac56bea3ff40232bcb1b6bd159315d84715b8e679f2d355961915abf02ab799bee0489429554fdb7c8d086475319e63b40b9c5b57cdf1ff3dd9fe2261")]
    [InlineData("9", "039730ea8dff1254c0fee9c0ea777d29a9c710b7e616683f194f18c43b43b869073a5ffcc6fc7a28c30723d6e58ce577356982d65b833a5a5c15bf9024b43d98")]
    [InlineData("5616", "19ecbd0e69e7a93c099b89ee70f3674afff09111a9161aea90350a32a30f0cee1b98b6630ba98443093473dd2f9cd8dc0b77008490334979fea607c922073dbe")]
    [InlineData("340282366920938463463374607431768211456", "13b8fec4a1eb2c7e3ccc07061ad516277c3bbe57bd4a302012b58a517f6437a4224d978b5763831dff16ce9b2c42222684835fedfc70ffec005789bb0c10de36")]
    [InlineData("21888242871839275222246405745257275088548364400416034343698204186575808495616", "000000000000000000000000000000000000000000000000000000000000000130644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45")]
    [InlineData("21888242871839275222246405745257275088548364400416034343698204186575808495617", "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("21888242871839275222246405745257275088548364400416034343698204186575808495618", "00000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002")]
    [InlineData("115792089237316195423570985008687907853269984665640564039457584007913129639935", "2f588cffe99db877a4434b598ab28f81e0522910ea52b45f0adaa772b2d5d35212f42fa8fd34fb1b33d8c6a718b6590198389b26fc9d8808d971f8b009777a97")]
    [InlineData("0", "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")]
    public void Multiples_of_the_generator_match_an_independent_affine_computation(string k, string expected)
    {
        var result = G1Point.Multiply(G1Point.Generator, Scalar(System.Numerics.BigInteger.Parse(k, System.Globalization.CultureInfo.InvariantCulture)));
        var encoded = new byte[64];
        result.Encode(encoded);
        Assert.Equal(expected, Hex.Encode(encoded, prefix: false));
    }

    [Fact]
    public void Addition_is_consistent_with_multiplication()
    {
        var random = new Random(9);
        for (var i = 0; i < 50; i++)
        {
            var a = RandomBelow(random, R);
            var b = RandomBelow(random, R);
            var aP = G1Point.Multiply(G1Point.Generator, Scalar(a));
            var bP = G1Point.Multiply(G1Point.Generator, Scalar(b));
            var sum = G1Point.Multiply(G1Point.Generator, Scalar((a + b) % R));
            Assert.True(G1Point.AreEqual(sum, G1Point.Add(aP, bP)));
            Assert.True(G1Point.AreEqual(G1Point.Double(aP), G1Point.Add(aP, aP)));
            Assert.True(G1Point.Add(aP, G1Point.Negate(aP)).IsInfinity);
            Assert.True(G1Point.AreEqual(G1Point.Multiply(aP, Scalar(b)), G1Point.Multiply(bP, Scalar(a))));
        }
    }

    [Fact]
    public void Decoding_accepts_curve_points_and_infinity_and_rejects_the_rest()
    {
        var encoded = new byte[64];
        G1Point.Generator.Encode(encoded);
        Assert.True(G1Point.TryDecode(encoded, out var g));
        Assert.True(G1Point.AreEqual(G1Point.Generator, g));
        Assert.True(G1Point.TryDecode(new byte[64], out var infinity));
        Assert.True(infinity.IsInfinity);

        // (1, 3) is not on the curve; (p + 1, 2) has x out of range, though it is (1, 2) modulo p.
        Assert.False(G1Point.TryDecode([.. Scalar(1), .. Scalar(3)], out _));
        Assert.False(G1Point.TryDecode([.. Scalar(P + 1), .. Scalar(2)], out _));
        Assert.False(G1Point.TryDecode([.. Scalar(1), .. Scalar(P + 2)], out _));
        Assert.False(G1Point.TryDecode([.. Scalar(0), .. Scalar(1)], out _));
    }

    [Fact]
    public void Endomorphism_is_multiplication_by_lambda()
    {
        var lambda = System.Numerics.BigInteger.Parse("0b3c4d79d41a917585bfc41088d8daaa78b17ea66b99c90dd", System.Globalization.NumberStyles.HexNumber);
        var random = new Random(19);
        for (var i = 0; i < 10; i++)
        {
            var p = RandomG1(random);
            Assert.True(G1Point.AreEqual(G1Point.Endomorphism(p), DoubleAndAdd(p, lambda)));
        }
    }

    [Fact]
    public void Scalar_decomposition_is_congruent_and_short()
    {
        var lambda = System.Numerics.BigInteger.Parse("0b3c4d79d41a917585bfc41088d8daaa78b17ea66b99c90dd", System.Globalization.NumberStyles.HexNumber);
        var random = new Random(20);
        var scalars = Enumerable.Range(0, 2000).Select(_ => RandomBelow(random, System.Numerics.BigInteger.One << 256))
            .Concat([0, 1, 2, R - 1, R, R + 1, lambda, (System.Numerics.BigInteger.One << 256) - 1, (System.Numerics.BigInteger.One << 255), R * 5]);
        var k1 = new byte[32];
        var k2 = new byte[32];
        foreach (var k in scalars)
        {
            G1Point.Decompose(Scalar(k), k1, out var k1Negative, k2, out var k2Negative);
            var v1 = new System.Numerics.BigInteger(k1, isUnsigned: true, isBigEndian: true) * (k1Negative ? -1 : 1);
            var v2 = new System.Numerics.BigInteger(k2, isUnsigned: true, isBigEndian: true) * (k2Negative ? -1 : 1);
            Assert.Equal(System.Numerics.BigInteger.Zero, (((v1 + (v2 * lambda) - k) % R) + R) % R);
            Assert.True(System.Numerics.BigInteger.Abs(v1) < System.Numerics.BigInteger.One << 129, $"k1 for {k}");
            Assert.True(System.Numerics.BigInteger.Abs(v2) < System.Numerics.BigInteger.One << 129, $"k2 for {k}");
        }
    }

    [Fact]
    public void Endomorphism_multiplication_agrees_with_double_and_add()
    {
        var random = new Random(21);
        for (var i = 0; i < 60; i++)
        {
            var p = RandomG1(random);
            var k = i switch
            {
                0 => System.Numerics.BigInteger.Zero,
                1 => System.Numerics.BigInteger.One,
                2 => R - 1,
                3 => R,
                4 => (System.Numerics.BigInteger.One << 256) - 1,
                _ => RandomBelow(random, System.Numerics.BigInteger.One << 256),
            };
            Assert.True(G1Point.AreEqual(DoubleAndAdd(p, k), G1Point.Multiply(p, Scalar(k))), $"k = {k}");
        }
    }

    private static G1Point DoubleAndAdd(G1Point p, System.Numerics.BigInteger k)
    {
        var acc = G1Point.Infinity;
        for (var bit = (int)k.GetBitLength() - 1; bit >= 0; bit--)
        {
            acc = G1Point.Double(acc);
            if (!(k >> bit).IsEven)
            {
                acc = G1Point.Add(acc, p);
            }
        }

        return acc;
    }
}
