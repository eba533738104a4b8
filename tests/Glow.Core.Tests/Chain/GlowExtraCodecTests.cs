using Glow.Core.Chain;
using Glow.Core.Encoding;
using Glow.Core.Rlp;

namespace Glow.Core.Tests.Chain;

public class GlowExtraCodecTests
{
    private static readonly Hash256 Commit = Hash256.Parse("0x1111111111111111111111111111111111111111111111111111111111111111");
    private static readonly Hash256 Reveal = Hash256.Parse("0x2222222222222222222222222222222222222222222222222222222222222222");

    [Fact]
    public void Dev_mode_extra_is_a_seven_byte_list_of_version_cycle_and_empty_fields()
    {
        var bytes = GlowExtraCodec.Encode(new GlowExtra { Cycle = 0 });

        Assert.Equal("0xc60180808080c0", Hex.Encode(bytes));
        Assert.Equal("0xc8018203e8808080c0", Hex.Encode(GlowExtraCodec.Encode(new GlowExtra { Cycle = 1000 })));
    }

    [Fact]
    public void A_full_extra_round_trips()
    {
        var extra = new GlowExtra
        {
            Cycle = 123_456,
            RandomCommit = Commit,
            RandomReveal = Reveal,
            LastCommit = new byte[] { 0xc3, 0x01, 0x02, 0x03 },
            Evidence = [new byte[] { 1 }, new byte[100], ReadOnlyMemory<byte>.Empty],
        };

        var bytes = GlowExtraCodec.Encode(extra);
        var decoded = GlowExtraCodec.Decode(bytes);

        Assert.Equal(extra, decoded);
        Assert.Equal(bytes, GlowExtraCodec.Encode(decoded));
    }

    [Fact]
    public void Absent_hashes_decode_as_zero()
    {
        var decoded = GlowExtraCodec.Decode(Hex.Decode("0xc60180808080c0"));

        Assert.Equal(GlowExtra.CurrentVersion, decoded.Version);
        Assert.Equal(0UL, decoded.Cycle);
        Assert.True(decoded.RandomCommit.IsZero);
        Assert.True(decoded.RandomReveal.IsZero);
        Assert.True(decoded.LastCommit.IsEmpty);
        Assert.Empty(decoded.Evidence);
    }

    [Theory]
    [InlineData("0xc60280808080c0", "unknown version 2")]
    [InlineData("0xc68080808080c0", "unknown version 0")]
    [InlineData("0xc5028080808080", "unknown version 2")]
    public void Rejects_an_unknown_version(string hex, string expected) => AssertRejected(hex, expected);

    [Fact]
    public void Rejects_bytes_after_the_list() => AssertRejected("0xc60180808080c000", "bytes after the list");

    [Fact]
    public void Rejects_items_after_evidence() => AssertRejected("0xc70180808080c080", "items after evidence");

    [Theory]
    [InlineData("0xc5018080808080", "evidence")]
    [InlineData("0xc101", "cycle")]
    [InlineData("0xc3018080", "randomReveal")]
    public void Rejects_a_list_with_fields_missing(string hex, string field) => AssertRejected(hex, field);

    [Theory]
    [InlineData("0x8401020304", "the list")]
    [InlineData("0xc7c0018080808080c0", "version")]
    [InlineData("0xc601c0808080c0", "cycle")]
    [InlineData("0xc60180c08080c0", "randomCommit")]
    [InlineData("0xc601808080c0c0", "lastCommit")]
    [InlineData("0xc601808080808080", "evidence")]
    [InlineData("0xc70180808080c1c0", "evidence")]
    public void Rejects_an_item_of_the_wrong_kind(string hex, string field) => AssertRejected(hex, field);

    [Fact]
    public void Rejects_a_hash_that_is_neither_empty_nor_32_bytes() =>
        AssertRejected("0xc801808201028080c0", "randomCommit");

    [Fact]
    public void Rejects_a_zero_hash_written_in_32_bytes()
    {
        var builder = new RlpBuilder().StartList().AddUInt64(1).AddUInt64(0).AddBytes(new byte[32]).AddBytes([]).AddBytes([]).StartList().EndList().EndList();

        AssertRejected(Hex.Encode(builder.ToArray()), "zero hash");
    }

    [Fact]
    public void Rejects_a_cycle_with_a_leading_zero_byte() => AssertRejected("0xc801820001808080c0", "cycle");

    [Fact]
    public void Encoding_an_unknown_version_is_an_error() =>
        Assert.Throws<ArgumentException>(() => GlowExtraCodec.Encode(new GlowExtra { Version = 2 }));

    private static void AssertRejected(string hex, string expected)
    {
        var e = Assert.Throws<FormatException>(() => GlowExtraCodec.Decode(Hex.Decode(hex)));
        Assert.StartsWith("GlowExtra", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.False(GlowExtraCodec.TryDecode(Hex.Decode(hex), out _, out var error));
        Assert.Equal(e.Message, error);
    }
}
