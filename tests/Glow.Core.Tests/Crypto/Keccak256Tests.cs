using Glow.Core.Crypto;
using Glow.Core.Encoding;
using Org.BouncyCastle.Crypto.Digests;

namespace Glow.Core.Tests.Crypto;

public class Keccak256Tests
{
    [Theory]
    [InlineData("", "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    [InlineData("The quick brown fox jumps over the lazy dog", "0x4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15")]
    public void Matches_published_vectors(string ascii, string expected) =>
        Assert.Equal(expected, Keccak256.Compute(System.Text.Encoding.ASCII.GetBytes(ascii)).ToString());

    [Fact]
    public void Well_known_empty_hashes_match_their_definitions()
    {
        Assert.Equal("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", Keccak256.OfEmpty.ToString());
        Assert.Equal("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347", Keccak256.OfEmptyList.ToString());
        Assert.Equal("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421", Keccak256.OfEmptyString.ToString());
    }

    [Fact]
    public void Every_length_from_0_to_300_matches_BouncyCastle()
    {
        var random = new Random(1);
        for (var length = 0; length <= 300; length++)
        {
            var input = new byte[length];
            random.NextBytes(input);
            Assert.Equal(Reference(input), Keccak256.ComputeBytes(input));
        }
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(65_536)]
    [InlineData(1_000_003)]
    public void Long_inputs_match_BouncyCastle(int length)
    {
        var input = new byte[length];
        new Random(length).NextBytes(input);
        Assert.Equal(Reference(input), Keccak256.ComputeBytes(input));
    }

    [Fact]
    public void Incremental_hashing_split_anywhere_equals_one_shot()
    {
        var input = new byte[409];
        new Random(7).NextBytes(input);
        var expected = Keccak256.Compute(input);
        for (var split = 0; split <= input.Length; split += 7)
        {
            var hasher = default(KeccakHasher);
            hasher.Update(input.AsSpan(0, split));
            hasher.Update(input.AsSpan(split));
            Assert.Equal(expected, hasher.Finish());
        }
    }

    [Fact]
    public void Incremental_hashing_byte_by_byte_equals_one_shot_and_resets_after_finish()
    {
        var input = new byte[300];
        new Random(8).NextBytes(input);
        var hasher = default(KeccakHasher);
        foreach (var b in input)
        {
            hasher.Update(b);
        }

        Assert.Equal(Keccak256.Compute(input), hasher.Finish());
        Assert.Equal(Keccak256.OfEmpty, hasher.Finish());
    }

    [Fact]
    public void Hashing_writes_into_a_caller_buffer_and_rejects_a_short_one()
    {
        var output = new byte[40];
        Keccak256.Hash([1, 2, 3], output);
        Assert.Equal(Keccak256.ComputeBytes([1, 2, 3]), output[..32]);
        Assert.All(output[32..], b => Assert.Equal(0, b));
        Assert.Throws<ArgumentException>(() => Keccak256.Hash([1], new byte[31]));
    }

    [Fact]
    public void Hash_of_hex_input_is_stable()
    {
        // keccak256(0x80) is the empty trie root, a value every client hard-codes.
        Assert.Equal(Keccak256.OfEmptyString, Keccak256.Compute(Hex.Decode("0x80")));
    }

    private static byte[] Reference(byte[] input)
    {
        var digest = new KeccakDigest(256);
        digest.BlockUpdate(input, 0, input.Length);
        var output = new byte[32];
        digest.DoFinal(output, 0);
        return output;
    }
}
