using Glow.Core.Encoding;
using Glow.Core.Rlp;

namespace Glow.Core.Tests.Rlp;

public class RlpReaderTests
{
    [Theory]
    [InlineData("80", 0UL)]
    [InlineData("01", 1UL)]
    [InlineData("7f", 0x7fUL)]
    [InlineData("8180", 0x80UL)]
    [InlineData("8203e8", 1000UL)]
    [InlineData("88ffffffffffffffff", ulong.MaxValue)]
    public void Reads_canonical_integers(string hex, ulong expected)
    {
        var reader = new RlpReader(Hex.Decode(hex));

        Assert.Equal(expected, reader.ReadUInt64());
        Assert.True(reader.IsAtEnd);
    }

    [Fact]
    public void Returns_byte_arrays_as_slices_of_the_input()
    {
        var input = Hex.Decode("83646f67");
        var reader = new RlpReader(input);

        var bytes = reader.ReadBytes();

        Assert.True(input.AsSpan().Overlaps(bytes, out var offset));
        Assert.Equal(1, offset);
        Assert.Equal("dog"u8, bytes);
    }

    [Fact]
    public void Reads_a_nested_list_through_nested_readers()
    {
        // ["zw", [4], 1]
        var reader = new RlpReader(Hex.Decode("c6827a77c10401"));

        var list = reader.ReadList();
        Assert.Equal("zw"u8, list.ReadBytes());
        var inner = list.ReadList();
        Assert.Equal(4UL, inner.ReadUInt64());
        inner.EnsureAtEnd();
        Assert.Equal(1UL, list.ReadUInt64());
        list.EnsureAtEnd();
        reader.EnsureAtEnd();
    }

    [Fact]
    public void Reads_a_list_header_and_leaves_the_reader_at_the_first_item()
    {
        var reader = new RlpReader(Hex.Decode("c483646f67"));

        Assert.Equal(4, reader.ReadListHeader());
        Assert.Equal(1, reader.Position);
        Assert.Equal("dog"u8, reader.ReadBytes());
        Assert.True(reader.IsAtEnd);
    }

    [Fact]
    public void Peeks_the_kind_of_the_next_item_without_moving()
    {
        var reader = new RlpReader(Hex.Decode("c080"));

        Assert.Equal(RlpKind.List, reader.PeekKind());
        Assert.True(reader.PeekIsList());
        Assert.Equal(0, reader.Position);
        reader.SkipItem();
        Assert.Equal(RlpKind.Bytes, reader.PeekKind());
        Assert.False(reader.PeekIsList());
    }

    [Fact]
    public void Peeking_at_the_end_throws()
    {
        var error = Assert.Throws<RlpException>(() => new RlpReader([]).PeekKind());

        Assert.Equal(RlpError.Truncated, error.Error);
    }

    [Fact]
    public void Skips_items_of_every_form()
    {
        var longString = RlpEncoding.Encode(new byte[100]);
        var input = Hex.Decode("05" + "83646f67" + "c3c20102" + Hex.Encode(longString, prefix: false) + "01");
        var reader = new RlpReader(input);

        for (var i = 0; i < 4; i++)
        {
            reader.SkipItem();
        }

        Assert.Equal(1UL, reader.ReadUInt64());
        reader.EnsureAtEnd();
    }

    [Fact]
    public void Returns_the_whole_encoding_of_an_item_for_hashing()
    {
        var reader = new RlpReader(Hex.Decode("c8c3c2010283646f67"));
        var list = reader.ReadList();

        Assert.Equal(Hex.Decode("c3c20102"), list.ReadEncodedItem().ToArray());
        Assert.Equal(Hex.Decode("83646f67"), list.ReadEncodedItem().ToArray());
        list.EnsureAtEnd();
    }

    [Fact]
    public void Reads_wide_integers_as_their_big_endian_bytes()
    {
        var reader = new RlpReader(Hex.Decode("a1" + "01" + new string('0', 64) + "80"));

        var big = reader.ReadIntegerBytes(33);
        Assert.Equal(33, big.Length);
        Assert.Equal(1, big[0]);
        Assert.True(reader.ReadIntegerBytes(32).IsEmpty);
        Assert.True(reader.IsAtEnd);
    }

    [Fact]
    public void Tracks_position_and_remaining_bytes()
    {
        var reader = new RlpReader(Hex.Decode("8203e805"));

        reader.ReadUInt64();

        Assert.Equal(3, reader.Position);
        Assert.Equal(1, reader.Remaining);
        Assert.False(reader.IsAtEnd);
    }
}
