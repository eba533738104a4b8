using Glow.Core.Encoding;
using Glow.Core.Rlp;

namespace Glow.Core.Tests.Rlp;

public class RlpWriterTests
{
    [Theory]
    [InlineData("", "80")]
    [InlineData("00", "00")]
    [InlineData("7f", "7f")]
    [InlineData("80", "8180")]
    [InlineData("ff", "81ff")]
    [InlineData("646f67", "83646f67")]
    public void Encodes_short_byte_arrays(string input, string expected) =>
        Assert.Equal(expected, Hex.Encode(RlpEncoding.Encode(Hex.Decode(input)), prefix: false));

    [Fact]
    public void Uses_the_short_form_up_to_55_bytes()
    {
        var encoded = RlpEncoding.Encode(new byte[55]);

        Assert.Equal(56, encoded.Length);
        Assert.Equal(0xb7, encoded[0]);
    }

    [Fact]
    public void Uses_the_long_form_from_56_bytes()
    {
        var encoded = RlpEncoding.Encode(new byte[56]);

        Assert.Equal(58, encoded.Length);
        Assert.Equal(new byte[] { 0xb8, 56 }, encoded[..2]);
    }

    [Fact]
    public void Writes_long_lengths_big_endian_without_leading_zeros()
    {
        var encoded = RlpEncoding.Encode(new byte[0x10000]);

        Assert.Equal(new byte[] { 0xba, 0x01, 0x00, 0x00 }, encoded[..4]);
        Assert.Equal(4 + 0x10000, encoded.Length);
    }

    [Theory]
    [InlineData(0UL, "80")]
    [InlineData(1UL, "01")]
    [InlineData(0x7fUL, "7f")]
    [InlineData(0x80UL, "8180")]
    [InlineData(0xffUL, "81ff")]
    [InlineData(0x100UL, "820100")]
    [InlineData(1000UL, "8203e8")]
    [InlineData(100000UL, "830186a0")]
    [InlineData(ulong.MaxValue, "88ffffffffffffffff")]
    public void Encodes_integers_big_endian_without_leading_zeros_and_zero_as_the_empty_string(ulong value, string expected) =>
        Assert.Equal(expected, Hex.Encode(RlpEncoding.EncodeUInt64(value), prefix: false));

    [Theory]
    [InlineData("", "80")]
    [InlineData("0000", "80")]
    [InlineData("0005", "05")]
    [InlineData("000080", "8180")]
    [InlineData("00000102", "820102")]
    public void Writes_wide_integers_without_their_leading_zero_bytes(string bigEndian, string expected)
    {
        var input = Hex.Decode(bigEndian);
        var buffer = new byte[RlpEncoding.LengthOfInteger(input)];
        var writer = new RlpWriter(buffer);

        writer.WriteInteger(input);

        Assert.Equal(expected, Hex.Encode(writer.Written, prefix: false));
        Assert.Equal(buffer.Length, writer.Position);
    }

    [Theory]
    [InlineData(0, "c0")]
    [InlineData(55, "f7")]
    [InlineData(56, "f838")]
    [InlineData(1024, "f90400")]
    public void Writes_list_headers_in_short_and_long_form(int contentLength, string expected)
    {
        Span<byte> buffer = stackalloc byte[8];
        var writer = new RlpWriter(buffer);

        writer.WriteListHeader(contentLength);

        Assert.Equal(expected, Hex.Encode(writer.Written, prefix: false));
        Assert.Equal(RlpEncoding.LengthOfList(contentLength) - contentLength, writer.Position);
    }

    [Fact]
    public void Writes_a_list_of_items_into_a_buffer_sized_up_front()
    {
        // ["cat", ["dog"], 1024], each length computed before writing.
        var cat = "cat"u8;
        var dog = "dog"u8;
        var inner = RlpEncoding.LengthOf(dog);
        var content = RlpEncoding.LengthOf(cat) + RlpEncoding.LengthOfList(inner) + RlpEncoding.LengthOf(1024UL);
        var buffer = new byte[RlpEncoding.LengthOfList(content)];
        var writer = new RlpWriter(buffer);

        writer.WriteListHeader(content);
        writer.WriteBytes(cat);
        writer.WriteListHeader(inner);
        writer.WriteBytes(dog);
        writer.WriteUInt64(1024);

        Assert.Equal(buffer.Length, writer.Position);
        Assert.Equal("cc83636174c483646f67820400", Hex.Encode(buffer, prefix: false));
    }

    [Fact]
    public void Copies_already_encoded_items_as_they_are()
    {
        var item = RlpEncoding.Encode("dog"u8);
        var buffer = new byte[RlpEncoding.LengthOfList(item.Length)];
        var writer = new RlpWriter(buffer);

        writer.WriteListHeader(item.Length);
        writer.WriteEncoded(item);

        Assert.Equal("c483646f67", Hex.Encode(buffer, prefix: false));
    }

    [Fact]
    public void Computes_lengths_that_match_what_is_written()
    {
        foreach (var length in new[] { 0, 1, 2, 55, 56, 255, 256, 65535, 65536 })
        {
            var bytes = new byte[length];
            Array.Fill(bytes, (byte)0xaa);
            Assert.Equal(RlpEncoding.Encode(bytes).Length, RlpEncoding.LengthOf(bytes));
        }

        foreach (var value in new[] { 0UL, 1UL, 0x7fUL, 0x80UL, 0xffffUL, 0x1000000UL, ulong.MaxValue })
        {
            Assert.Equal(RlpEncoding.EncodeUInt64(value).Length, RlpEncoding.LengthOf(value));
        }
    }

    [Fact]
    public void Refuses_to_write_past_the_end_of_the_destination_and_leaves_it_untouched()
    {
        var buffer = new byte[3];

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            var writer = new RlpWriter(buffer);
            writer.WriteBytes("dog"u8);
        });

        Assert.Contains("destination too small", error.Message, StringComparison.Ordinal);
        Assert.Equal(new byte[3], buffer);
    }

    [Fact]
    public void Rejects_a_negative_list_content_length()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RlpEncoding.LengthOfList(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
        {
            var writer = new RlpWriter(new byte[8]);
            writer.WriteListHeader(-1);
        });
    }
}
