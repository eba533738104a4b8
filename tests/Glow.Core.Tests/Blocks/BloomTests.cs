using System.Numerics;
using Glow.Core.Blocks;
using Org.BouncyCastle.Crypto.Digests;

namespace Glow.Core.Tests.Blocks;

public class BloomTests
{
    private static readonly Address Emitter = Address.Parse("0x095e7baea6a6c7c4c2dfeb977efac326af552d87");
    private static readonly Hash256 Topic = Hash256.Parse("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");

    [Fact]
    public void Sets_the_three_bits_the_yellow_paper_defines_for_each_value()
    {
        var bloom = default(Bloom);
        bloom.Add(Emitter);
        bloom.Add(Topic);

        Assert.Equal(ReferenceBits(Emitter.ToArray()) | ReferenceBits(Topic.ToArray()), AsNumber(bloom));
    }

    [Fact]
    public void A_log_adds_its_address_and_every_topic()
    {
        var log = new Log(Emitter, [Topic, Hash256.Zero], new byte[] { 1, 2 });
        var bloom = Bloom.Of([log]);

        Assert.True(bloom.MightContain(Emitter));
        Assert.True(bloom.MightContain(Topic));
        Assert.True(bloom.MightContain(Hash256.Zero));
        Assert.False(bloom.MightContain(Address.Parse("0x0000000000000000000000000000000000000001")));
        Assert.Equal(ReferenceBits(Emitter.ToArray()) | ReferenceBits(Topic.ToArray()) | ReferenceBits(new byte[32]), AsNumber(bloom));
    }

    [Fact]
    public void Accumulating_ors_blooms_together()
    {
        var a = default(Bloom);
        a.Add(Emitter);
        var b = default(Bloom);
        b.Add(Topic);
        var both = default(Bloom);
        both.Add(Emitter);
        both.Add(Topic);

        a.Accumulate(b);

        Assert.Equal(both, a);
        Assert.True(default(Bloom).IsEmpty);
        Assert.False(a.IsEmpty);
        Assert.Equal(2 + 512, a.ToString().Length);
    }

    [Fact]
    public void Round_trips_through_its_bytes_and_rejects_a_wrong_length()
    {
        var bloom = default(Bloom);
        bloom.Add(Topic);

        Assert.Equal(bloom, new Bloom(bloom.Bytes));
        Assert.Throws<ArgumentException>(() => new Bloom(new byte[255]));
    }

    // The yellow paper's M3:2048 written independently over a big-endian 2048-bit number, with BouncyCastle's Keccak.
    private static BigInteger ReferenceBits(byte[] value)
    {
        var digest = new KeccakDigest(256);
        digest.BlockUpdate(value, 0, value.Length);
        var hash = new byte[32];
        digest.DoFinal(hash, 0);
        var bits = BigInteger.Zero;
        for (var i = 0; i < 6; i += 2)
        {
            bits |= BigInteger.One << (((hash[i] << 8) | hash[i + 1]) % 2048);
        }

        return bits;
    }

    private static BigInteger AsNumber(Bloom bloom) => new(bloom.Bytes, isUnsigned: true, isBigEndian: true);
}
