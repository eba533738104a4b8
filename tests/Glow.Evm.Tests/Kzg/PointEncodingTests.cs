using Glow.Evm.Precompiles.Bls12381;

namespace Glow.Evm.Tests.Kzg;

public sealed class PointEncodingTests
{
    private const string G1GeneratorCompressed =
        "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb";

    // The first entry of the trusted setup's G2 monomial section.
    private const string G2GeneratorCompressed =
        "93e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e" +
        "024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8";

    [Fact]
    public void Generators_compress_to_their_well_known_encodings()
    {
        Assert.Equal(G1GeneratorCompressed, Convert.ToHexStringLower(CompressG1(G1.Generator)));
        Assert.Equal(G2GeneratorCompressed, Convert.ToHexStringLower(CompressG2(G2.Generator)));
        Assert.Equal(PointDecodeResult.Valid, G1.Decompress(Convert.FromHexString(G1GeneratorCompressed), out var g1));
        Assert.Equal(G1.Generator, g1);
        Assert.Equal(PointDecodeResult.Valid, G2.Decompress(Convert.FromHexString(G2GeneratorCompressed), out var g2));
        Assert.Equal(G2.Generator, g2);
    }

    [Fact]
    public void G1_points_round_trip_through_compression_with_both_signs()
    {
        var random = new Random(51);
        for (var i = 0; i < 10; i++)
        {
            var p = Bls.RandomG1(random);
            foreach (var point in new[] { p, p.Negate() })
            {
                Assert.Equal(PointDecodeResult.Valid, G1.Decompress(CompressG1(point), out var back));
                Assert.Equal(point, back);
            }
        }
    }

    [Fact]
    public void G2_points_round_trip_through_compression_with_both_signs()
    {
        var random = new Random(52);
        for (var i = 0; i < 5; i++)
        {
            var p = Bls.RandomG2(random);
            foreach (var point in new[] { p, p.Negate() })
            {
                Assert.Equal(PointDecodeResult.Valid, G2.Decompress(CompressG2(point), out var back));
                Assert.Equal(point, back);
            }
        }
    }

    [Fact]
    public void Infinity_encodes_as_c0_then_zeros_and_decodes_back()
    {
        var g1 = CompressG1(AffinePoint<Fp>.Infinity);
        Assert.Equal("c0" + new string('0', 94), Convert.ToHexStringLower(g1));
        Assert.Equal(PointDecodeResult.Valid, G1.Decompress(g1, out var p));
        Assert.True(p.IsInfinity);

        var g2 = CompressG2(AffinePoint<Fp2>.Infinity);
        Assert.Equal("c0" + new string('0', 190), Convert.ToHexStringLower(g2));
        Assert.Equal(PointDecodeResult.Valid, G2.Decompress(g2, out var q));
        Assert.True(q.IsInfinity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(47)]
    [InlineData(49)]
    [InlineData(96)]
    public void G1_rejects_wrong_lengths(int length)
    {
        var bytes = new byte[length];
        if (length > 0)
        {
            bytes[0] = 0xc0;
        }

        Assert.Equal(PointDecodeResult.WrongLength, G1.Decompress(bytes, out _));
    }

    [Theory]
    [InlineData(48)]
    [InlineData(95)]
    [InlineData(97)]
    public void G2_rejects_wrong_lengths(int length)
    {
        var bytes = new byte[length];
        bytes[0] = 0xc0;
        Assert.Equal(PointDecodeResult.WrongLength, G2.Decompress(bytes, out _));
    }

    [Fact]
    public void Rejects_encodings_without_the_compression_flag()
    {
        var g1 = Convert.FromHexString(G1GeneratorCompressed);
        g1[0] &= 0x7f;
        Assert.Equal(PointDecodeResult.NotCompressed, G1.Decompress(g1, out _));

        var g2 = Convert.FromHexString(G2GeneratorCompressed);
        g2[0] &= 0x7f;
        Assert.Equal(PointDecodeResult.NotCompressed, G2.Decompress(g2, out _));

        // An infinity flag without the compression flag (the uncompressed infinity's first byte) is rejected too.
        var zeros = new byte[48];
        zeros[0] = 0x40;
        Assert.Equal(PointDecodeResult.NotCompressed, G1.Decompress(zeros, out _));
        Assert.Equal(PointDecodeResult.NotCompressed, G1.Decompress(new byte[48], out _));
    }

    [Theory]
    [InlineData(0, 0xe0)]
    [InlineData(0, 0xc1)]
    [InlineData(0, 0xd0)]
    [InlineData(47, 0x01)]
    [InlineData(1, 0x80)]
    public void G1_rejects_infinity_with_any_other_bit_set(int index, byte value)
    {
        var bytes = CompressG1(AffinePoint<Fp>.Infinity);
        bytes[index] |= value;
        Assert.Equal(PointDecodeResult.InvalidInfinity, G1.Decompress(bytes, out _));
    }

    [Theory]
    [InlineData(0, 0xe0)]
    [InlineData(48, 0x80)]
    [InlineData(95, 0x01)]
    public void G2_rejects_infinity_with_any_other_bit_set(int index, byte value)
    {
        var bytes = CompressG2(AffinePoint<Fp2>.Infinity);
        bytes[index] |= value;
        Assert.Equal(PointDecodeResult.InvalidInfinity, G2.Decompress(bytes, out _));
    }

    [Fact]
    public void G1_rejects_an_x_coordinate_not_below_p()
    {
        foreach (var x in new[] { Bls.P, Bls.P + 1, System.Numerics.BigInteger.Pow(2, 381) - 1 })
        {
            var bytes = Bls.ToBytes(x, 48);
            bytes[0] |= 0x80;
            Assert.Equal(PointDecodeResult.NonCanonicalCoordinate, G1.Decompress(bytes, out _));
        }

        // x + p for a valid point's x (when it fits in 381 bits) would decode to that point without the check.
        var random = new Random(56);
        var p = Bls.RandomG1(random);
        while (Bls.ToBig(p.X) + Bls.P >= System.Numerics.BigInteger.Pow(2, 381))
        {
            p = Bls.RandomG1(random);
        }

        var aliased = Bls.ToBytes(Bls.ToBig(p.X) + Bls.P, 48);
        aliased[0] |= (byte)(p.Y.IsLexicographicallyLargest ? 0xa0 : 0x80);
        Assert.Equal(PointDecodeResult.NonCanonicalCoordinate, G1.Decompress(aliased, out _));
    }

    [Fact]
    public void G2_rejects_either_x_coefficient_not_below_p()
    {
        var valid = Convert.FromHexString(G2GeneratorCompressed);

        var highC1 = (byte[])valid.Clone();
        var p = Bls.ToBytes(Bls.P, 48);
        p.CopyTo(highC1, 0);
        highC1[0] |= 0x80;
        Assert.Equal(PointDecodeResult.NonCanonicalCoordinate, G2.Decompress(highC1, out _));

        var highC0 = (byte[])valid.Clone();
        p.CopyTo(highC0, 48);
        Assert.Equal(PointDecodeResult.NonCanonicalCoordinate, G2.Decompress(highC0, out _));

        // Flag-like bits at the top of the second half are part of x.c0, which then exceeds p.
        var flagged = (byte[])valid.Clone();
        flagged[48] |= 0xe0;
        Assert.Equal(PointDecodeResult.NonCanonicalCoordinate, G2.Decompress(flagged, out _));
    }

    [Fact]
    public void Rejects_x_coordinates_with_no_point_on_the_curve()
    {
        var random = new Random(53);
        var bytes = new byte[48];
        CurvePoints.XOffCurveG1(random).Write(bytes);
        bytes[0] |= 0x80;
        Assert.Equal(PointDecodeResult.NotOnCurve, G1.Decompress(bytes, out _));

        var x = CurvePoints.XOffCurveG2(random);
        var bytes2 = new byte[96];
        x.C1.Write(bytes2);
        x.C0.Write(bytes2.AsSpan(48));
        bytes2[0] |= 0x80;
        Assert.Equal(PointDecodeResult.NotOnCurve, G2.Decompress(bytes2, out _));
    }

    [Fact]
    public void Rejects_curve_points_outside_the_subgroup()
    {
        var random = new Random(54);
        var p = CurvePoints.RandomG1OnCurve(random);
        Assert.Equal(PointDecodeResult.NotInSubgroup, G1.Decompress(CompressG1(p), out var decoded));
        Assert.True(decoded.IsInfinity);

        var q = CurvePoints.RandomG2OnCurve(random);
        Assert.Equal(PointDecodeResult.NotInSubgroup, G2.Decompress(CompressG2(q), out _));
    }

    [Fact]
    public void Flipping_the_sign_flag_decodes_the_negated_point()
    {
        var p = Bls.RandomG1(new Random(55));
        var bytes = CompressG1(p);
        bytes[0] ^= 0x20;
        Assert.Equal(PointDecodeResult.Valid, G1.Decompress(bytes, out var negated));
        Assert.Equal(p.Negate(), negated);
    }

    private static byte[] CompressG1(in AffinePoint<Fp> p)
    {
        var bytes = new byte[G1.CompressedLength];
        G1.Compress(p, bytes);
        return bytes;
    }

    private static byte[] CompressG2(in AffinePoint<Fp2> p)
    {
        var bytes = new byte[G2.CompressedLength];
        G2.Compress(p, bytes);
        return bytes;
    }
}
