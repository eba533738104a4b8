using System.Security.Cryptography;
using System.Text;
using Glow.Core.Encoding;
using Glow.Evm.Precompiles;
using Org.BouncyCastle.Crypto.Digests;

namespace Glow.Evm.Tests.Precompiles;

public class HashPrecompileTests
{
    [Theory]
    [InlineData("", "9c1185a5c5e9fc54612808977ee8f548b2258d31")]
    [InlineData("a", "0bdc9d2d256b3ee9daae347be6f4dc835a467ffe")]
    [InlineData("abc", "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc")]
    [InlineData("message digest", "5d0689ef49d2fae572b881b123a85ffa21595f36")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", "f71c27109c692c1b56bbdceb5b9d2865b3708dbc")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "12a053384a9c0c88e405a06c27dcf49ada62eb2b")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "b0e20b6e3116640286ed3a87a5713079b21f5189")]
    public void Ripemd160_matches_the_published_test_vectors(string message, string expected)
    {
        var digest = new byte[20];
        Ripemd160.Hash(Encoding.ASCII.GetBytes(message), digest);
        Assert.Equal(expected, Hex.Encode(digest, prefix: false));
    }

    [Fact]
    public void Ripemd160_of_a_million_a_matches_the_published_vector()
    {
        var digest = new byte[20];
        Ripemd160.Hash(Enumerable.Repeat((byte)'a', 1_000_000).ToArray(), digest);
        Assert.Equal("52783243c1697bdbe16d37f97f68f08325dc1528", Hex.Encode(digest, prefix: false));
    }

    [Fact]
    public void Ripemd160_agrees_with_BouncyCastle_over_every_length_up_to_300_and_random_longer_inputs()
    {
        var random = new Random(152);
        var lengths = Enumerable.Range(0, 301).Concat(Enumerable.Range(0, 200).Select(_ => random.Next(300, 5000)));
        foreach (var length in lengths)
        {
            var data = new byte[length];
            random.NextBytes(data);
            var expected = new byte[20];
            var reference = new RipeMD160Digest();
            reference.BlockUpdate(data, 0, data.Length);
            reference.DoFinal(expected, 0);

            var actual = new byte[20];
            Ripemd160.Hash(data, actual);
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"length {length}");
        }
    }

    [Fact]
    public void Ripemd160_precompile_returns_the_digest_left_padded_to_32_bytes()
    {
        Assert.True(Ripemd160Precompile.Instance.TryRun(Encoding.ASCII.GetBytes("abc"), out var output));
        Assert.Equal("0000000000000000000000008eb208f7e05d987a9b044a8e98c6b087f15a0bfc", Hex.Encode(output, prefix: false));
    }

    [Fact]
    public void Sha256_precompile_agrees_with_BouncyCastle_over_random_lengths()
    {
        var random = new Random(2);
        for (var i = 0; i < 400; i++)
        {
            var data = new byte[i < 200 ? i : random.Next(200, 10_000)];
            random.NextBytes(data);
            var expected = new byte[32];
            var reference = new Sha256Digest();
            reference.BlockUpdate(data, 0, data.Length);
            reference.DoFinal(expected, 0);

            Assert.True(Sha256Precompile.Instance.TryRun(data, out var output));
            Assert.Equal(expected, output);
        }
    }

    [Fact]
    public void Sha256_precompile_of_abc_is_the_FIPS_180_answer()
    {
        Assert.True(Sha256Precompile.Instance.TryRun(Encoding.ASCII.GetBytes("abc"), out var output));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hex.Encode(output, prefix: false));
    }

    [Fact]
    public void Identity_precompile_returns_a_copy_of_its_input()
    {
        var data = RandomNumberGenerator.GetBytes(77);
        Assert.True(IdentityPrecompile.Instance.TryRun(data, out var output));
        Assert.Equal(data, output);
        Assert.NotSame(data, output);
        Assert.True(IdentityPrecompile.Instance.TryRun([], out var empty));
        Assert.Empty(empty);
    }

    [Theory]
    [InlineData(0, 60, 600, 15)]
    [InlineData(1, 72, 720, 18)]
    [InlineData(32, 72, 720, 18)]
    [InlineData(33, 84, 840, 21)]
    [InlineData(64, 84, 840, 21)]
    [InlineData(1000, 444, 4440, 111)]
    public void Hash_and_identity_gas_is_base_plus_per_word(int length, long sha256, long ripemd160, long identity)
    {
        var input = new byte[length];
        Assert.Equal(sha256, Sha256Precompile.Instance.GasCost(input));
        Assert.Equal(ripemd160, Ripemd160Precompile.Instance.GasCost(input));
        Assert.Equal(identity, IdentityPrecompile.Instance.GasCost(input));
    }
}
