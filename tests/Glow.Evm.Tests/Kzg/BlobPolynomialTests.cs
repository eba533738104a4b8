using System.Numerics;
using System.Security.Cryptography;
using Glow.Core.Transactions;
using Glow.Evm.Precompiles.Bls12381;
using Glow.Evm.Precompiles.Kzg;

namespace Glow.Evm.Tests.Kzg;

public sealed class BlobPolynomialTests
{
    private const int Width = BlobSidecar.FieldElementsPerBlob;

    [Fact]
    public void Domain_is_the_4096th_roots_of_unity_from_generator_7_in_bit_reversed_order()
    {
        // Reference: ω = 7^((r − 1)/4096) mod r with BigInteger, and entry i = ω^reverse_bits(i).
        var omega = BigInteger.ModPow(7, (Bls.R - 1) / Width, Bls.R);
        Assert.Equal(Bls.R - 1, BigInteger.ModPow(omega, Width / 2, Bls.R));
        Assert.Equal(BigInteger.One, BigInteger.ModPow(omega, Width, Bls.R));

        var roots = BlobPolynomial.Roots;
        Assert.Equal(Width, roots.Length);
        Assert.Equal(Fr.One, roots[0]);
        Assert.Equal(-Fr.One, roots[1]);
        Assert.Equal(omega, Bls.ToBig(roots[Width / 2]));
        foreach (var i in new[] { 2, 3, 5, 17, 100, 1000, 2047, 2049, 3211, 4095 })
        {
            Assert.Equal(BigInteger.ModPow(omega, ReverseBitsReference(i), Bls.R), Bls.ToBig(roots[i]));
        }

        Assert.Equal(Width, roots.Select(r => Bls.ToBig(r)).Distinct().Count());
    }

    [Fact]
    public void Reverse_bits_is_an_involution_over_12_bits()
    {
        Assert.Equal(2048, BlobPolynomial.ReverseBits(1));
        Assert.Equal(1, BlobPolynomial.ReverseBits(2048));
        Assert.Equal(3, BlobPolynomial.ReverseBits(3072));
        for (var i = 0; i < Width; i++)
        {
            Assert.Equal(ReverseBitsReference(i), BlobPolynomial.ReverseBits(i));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(300)]
    [InlineData(Width - 1)]
    public void Barycentric_evaluation_matches_Horner_on_the_coefficients(int degree)
    {
        var random = new Random(400 + degree);
        var coefficients = ToySetup.RandomPolynomial(random, degree);
        var blob = ToyBlob.ToBlob(coefficients);
        for (var i = 0; i < 3; i++)
        {
            var z = Bls.RandomFr(random);
            Assert.True(BlobPolynomial.TryEvaluate(blob, z, out var y, out var bad));
            Assert.Equal(-1, bad);
            Assert.Equal(ToySetup.Evaluate(coefficients, z), y);
        }
    }

    [Fact]
    public void A_point_on_the_domain_evaluates_to_the_blob_value_there()
    {
        var random = new Random(410);
        var coefficients = ToySetup.RandomPolynomial(random, 40);
        var blob = ToyBlob.ToBlob(coefficients);
        foreach (var i in new[] { 0, 1, 2, 1234, 3211, Width - 1 })
        {
            var root = BlobPolynomial.Roots[i];
            Assert.True(BlobPolynomial.TryEvaluate(blob, root, out var y, out _));
            Assert.True(Fr.TryRead(blob.AsSpan(i * 32, 32), out var stored));
            Assert.Equal(stored, y);
            Assert.Equal(ToySetup.Evaluate(coefficients, root), y);
        }
    }

    [Fact]
    public void Zero_blob_evaluates_to_zero_and_a_constant_blob_to_its_constant()
    {
        var random = new Random(411);
        var z = Bls.RandomFr(random);
        Assert.True(BlobPolynomial.TryEvaluate(new byte[BlobSidecar.BytesPerBlob], z, out var y, out _));
        Assert.Equal(Fr.Zero, y);

        var c = Bls.RandomFr(random);
        Assert.True(BlobPolynomial.TryEvaluate(ToyBlob.ToBlob([c]), z, out y, out _));
        Assert.Equal(c, y);
    }

    [Fact]
    public void Rejects_field_elements_not_below_the_modulus_and_names_the_first()
    {
        var blob = new byte[BlobSidecar.BytesPerBlob];
        var modulus = Bls.ToBytes(Bls.R, 32);
        var maximum = Bls.ToBytes(Bls.R - 1, 32);
        maximum.CopyTo(blob, 5 * 32);
        Assert.True(BlobPolynomial.TryEvaluate(blob, Fr.One + Fr.One, out _, out _));

        modulus.CopyTo(blob, 77 * 32);
        Enumerable.Repeat((byte)0xff, 32).ToArray().CopyTo(blob, 900 * 32);
        Assert.False(BlobPolynomial.TryEvaluate(blob, Fr.One + Fr.One, out _, out var bad));
        Assert.Equal(77, bad);

        // Also when z lies on the domain, where the value comes straight from the blob.
        Assert.False(BlobPolynomial.TryEvaluate(blob, BlobPolynomial.Roots[3], out _, out bad));
        Assert.Equal(77, bad);
    }

    [Fact]
    public void Challenge_is_sha256_of_the_transcript_reduced_mod_r()
    {
        var random = new Random(412);
        var blob = ToyBlob.ToBlob(ToySetup.RandomPolynomial(random, 10));
        var commitment = new byte[48];
        random.NextBytes(commitment);

        byte[] transcript = [.. "FSBLOBVERIFY_V1_"u8.ToArray(), .. new byte[14], 0x10, 0x00, .. blob, .. commitment];
        var expected = Bls.Mod(Bls.FromBytes(SHA256.HashData(transcript)), Bls.R);

        Assert.Equal(expected, Bls.ToBig(BlobPolynomial.ComputeChallenge(blob, commitment)));
    }

    private static int ReverseBitsReference(int i)
    {
        var bits = Convert.ToString(i, 2).PadLeft(12, '0').ToCharArray();
        Array.Reverse(bits);
        return Convert.ToInt32(new string(bits), 2);
    }
}
