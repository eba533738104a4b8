using System.Buffers.Binary;
using Glow.Core.Encoding;
using Glow.Evm.Precompiles;
using Org.BouncyCastle.Crypto.Digests;

namespace Glow.Evm.Tests.Precompiles;

public class Blake2FPrecompileTests
{
    // EIP-152, section "Test Cases": h is the BLAKE2b-512 IV with the parameter block mixed in, m is "abc".
    private const string Body =
        "48c9bdf267e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d182e6ad7f520e511f6c3e2b8c68059b6bbd41fbabd9831f79217e1319cde05b" +
        "61626300000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" +
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" +
        "0300000000000000" + "0000000000000000";

    [Theory]
    [InlineData("00000000", "01", "08c9bcf367e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d282e6ad7f520e511f6c3e2b8c68059b9442be0454267ce079217e1319cde05b")]
    [InlineData("0000000c", "01", "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")]
    [InlineData("0000000c", "00", "75ab69d3190a562c51aef8d88f1c2775876944407270c42c9844252c26d2875298743e7f6d5ea2f2d3e8d226039cd31b4e426ac4f2d3d666a610c2116fde4735")]
    [InlineData("00000001", "01", "b63a380cb2897d521994a85234ee2c181b5f844d2c624c002677e9703449d2fba551b3a8333bcdf5f2f7e08993d53923de3d64fcc68c034e717b9293fed7a421")]
    public void Matches_EIP_152_test_vectors_4_to_7(string rounds, string final, string expected)
    {
        var input = Hex.Decode(rounds + Body + final);
        Assert.Equal(213, input.Length);
        Assert.True(Blake2FPrecompile.Instance.TryRun(input, out var output));
        Assert.Equal(expected, Hex.Encode(output, prefix: false));
        Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(input), Blake2FPrecompile.Instance.GasCost(input));
    }

    // 2^32 − 1 rounds: about a minute of CPU with the AVX2 code in a Release build.
    [OptimizedBuildFact]
    public void Matches_EIP_152_test_vector_8_with_the_maximum_of_2_to_the_32_minus_1_rounds()
    {
        var input = Hex.Decode("ffffffff" + Body + "01");
        Assert.Equal(uint.MaxValue, Blake2FPrecompile.Instance.GasCost(input));
        Assert.True(Blake2FPrecompile.Instance.TryRun(input, out var output));
        Assert.Equal(
            "fc59093aafa9ab43daae0e914c57635c5402d8e3d2130eb9b3cc181de7f0ecf9b22bf99a7815ce16419e200e01846e6b5df8cc7703041bbceb571de6631d2615",
            Hex.Encode(output, prefix: false));
    }

    [Theory]
    [InlineData("")]
    [InlineData("00000c" + Body + "01")]
    [InlineData("000000000c" + Body + "01")]
    [InlineData("0000000c" + Body + "02")]
    [InlineData("0000000c" + Body + "ff")]
    public void Fails_on_EIP_152_vectors_0_to_3_wrong_length_or_flag(string hex)
    {
        Assert.False(Blake2FPrecompile.Instance.TryRun(Hex.Decode(hex), out var output));
        Assert.Empty(output);
    }

    [Fact]
    public void Scalar_compression_alone_reproduces_EIP_152_test_vector_5()
    {
        var input = Hex.Decode("0000000c" + Body + "01");
        var h = new ulong[8];
        var m = new ulong[16];
        Blake2bCompression.ReadWords(input.AsSpan(4, 64), h);
        Blake2bCompression.ReadWords(input.AsSpan(68, 128), m);
        Blake2bCompression.CompressScalar(12, h, m, 3, 0, final: true);
        var output = new byte[64];
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(output.AsSpan(8 * i), h[i]);
        }

        Assert.Equal("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923", Hex.Encode(output, prefix: false));
    }

    [Fact]
    public void Twelve_round_compression_reproduces_BouncyCastle_BLAKE2b_512_over_random_lengths()
    {
        var random = new Random(7693);
        foreach (var length in Enumerable.Range(0, 260).Concat(Enumerable.Range(0, 60).Select(_ => random.Next(260, 4000))))
        {
            var data = new byte[length];
            random.NextBytes(data);
            var expected = new byte[64];
            var reference = new Blake2bDigest(512);
            reference.BlockUpdate(data, 0, data.Length);
            reference.DoFinal(expected, 0);
            Assert.True(expected.AsSpan().SequenceEqual(Blake2b512(data)), $"length {length}");
        }
    }

    [Avx2Fact]
    public void Vector_and_scalar_compressions_agree_on_random_states_and_round_counts()
    {
        var random = new Random(152);
        for (var i = 0; i < 300; i++)
        {
            var h = new ulong[8];
            var m = new ulong[16];
            for (var j = 0; j < 16; j++)
            {
                m[j] = (ulong)random.NextInt64();
                h[j % 8] = (ulong)random.NextInt64();
            }

            var rounds = (uint)(i < 40 ? i : random.Next(0, 100));
            var (t0, t1, final) = ((ulong)random.NextInt64(), (ulong)random.NextInt64(), random.Next(2) == 1);
            var scalar = (ulong[])h.Clone();
            var vector = (ulong[])h.Clone();
            Blake2bCompression.CompressScalar(rounds, scalar, m, t0, t1, final);
            Blake2bCompression.CompressAvx2(rounds, vector, m, t0, t1, final);
            Assert.Equal(scalar, vector);
        }
    }

    // BLAKE2b-512 without a key (RFC 7693, section 3.3) driven through the precompile itself, 213 bytes per block.
    private static byte[] Blake2b512(byte[] data)
    {
        Span<byte> h = stackalloc byte[64];
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(h.Slice(8 * i), Blake2bCompression.Iv[i]);
        }

        // Parameter block: digest length 64, key length 0, fanout 1, depth 1.
        BinaryPrimitives.WriteUInt64LittleEndian(h, BinaryPrimitives.ReadUInt64LittleEndian(h) ^ 0x01010040UL);
        var offset = 0;
        var input = new byte[213];
        while (true)
        {
            var remaining = data.Length - offset;
            var final = remaining <= 128;
            var take = final ? remaining : 128;
            Array.Clear(input);
            BinaryPrimitives.WriteUInt32BigEndian(input, 12);
            h.CopyTo(input.AsSpan(4));
            data.AsSpan(offset, take).CopyTo(input.AsSpan(68));
            BinaryPrimitives.WriteUInt64LittleEndian(input.AsSpan(196), (ulong)(offset + take));
            input[212] = final ? (byte)1 : (byte)0;
            Assert.True(Blake2FPrecompile.Instance.TryRun(input, out var output));
            output.CopyTo(h);
            offset += take;
            if (final)
            {
                return h.ToArray();
            }
        }
    }
}
