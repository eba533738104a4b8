using Glow.Core.Encoding;
using Glow.Core.Rlp;

namespace Glow.Core.Tests.Rlp;

/// <summary>Each canonical-form rule of Appendix B the reader enforces, with the error it reports.</summary>
public class RlpCanonicalFormTests
{
    [Theory]
    [InlineData("8100")]
    [InlineData("8105")]
    [InlineData("817f")]
    public void Rejects_single_byte_wrapped_in_a_string_header(string hex)
    {
        var error = ReadBytesFails(hex);

        Assert.Equal(RlpError.NonCanonicalSingleByte, error.Error);
        Assert.Equal(0, error.Offset);
    }

    [Fact]
    public void Accepts_a_single_byte_of_0x80_or_more_in_a_string_header() =>
        Assert.Equal(new byte[] { 0x80 }, ReadBytes("8180"));

    [Theory]
    [InlineData("b801ff")]
    [InlineData("b80a00112233445566778899")]
    public void Rejects_long_form_string_header_for_fewer_than_56_bytes(string hex)
    {
        var error = ReadBytesFails(hex);

        Assert.Equal(RlpError.NonCanonicalLength, error.Error);
    }

    [Fact]
    public void Rejects_long_form_string_header_for_exactly_55_bytes()
    {
        var error = ReadBytesFails("b837" + new string('a', 55 * 2));

        Assert.Equal(RlpError.NonCanonicalLength, error.Error);
    }

    [Fact]
    public void Rejects_long_form_list_header_for_fewer_than_56_bytes()
    {
        var error = Fails("f803112233", reader => reader.ReadList());

        Assert.Equal(RlpError.NonCanonicalLength, error.Error);
    }

    [Theory]
    [InlineData("b800")]
    [InlineData("f800")]
    [InlineData("b90038" + "0011223344556677001122334455667700112233445566770011223344556677001122334455667700112233445566770011223344556677")]
    [InlineData("f90038" + "0011223344556677001122334455667700112233445566770011223344556677001122334455667700112233445566770011223344556677")]
    public void Rejects_long_form_length_with_a_leading_zero_byte(string hex)
    {
        var error = Fails(hex, reader => reader.SkipItem());

        Assert.Equal(RlpError.LeadingZeroInLength, error.Error);
    }

    [Theory]
    [InlineData("bf0f000000000000021111")]
    [InlineData("ff0f000000000000021111")]
    [InlineData("bb80000000")]
    public void Rejects_length_that_overflows(string hex)
    {
        var error = Fails(hex, reader => reader.SkipItem());

        Assert.Equal(RlpError.LengthOverflow, error.Error);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("81", 0)]
    [InlineData("83646f", 0)]
    [InlineData("b8", 0)]
    [InlineData("b9ff", 0)]
    [InlineData("b840ffeeddccbbaa99887766554433221100", 0)]
    [InlineData("c5010203", 0)]
    [InlineData("f90180", 0)]
    public void Rejects_length_prefix_that_runs_past_the_input(string hex, int offset)
    {
        var error = Fails(hex, reader => reader.SkipItem());

        Assert.Equal(RlpError.Truncated, error.Error);
        Assert.Equal(offset, error.Offset);
    }

    [Theory]
    [InlineData("", RlpError.Truncated)]
    [InlineData("81", RlpError.Truncated)]
    [InlineData("8801020304050607", RlpError.Truncated)]
    [InlineData("8105", RlpError.NonCanonicalSingleByte)]
    [InlineData("817f", RlpError.NonCanonicalSingleByte)]
    [InlineData("b801ff", RlpError.NonCanonicalLength)]
    [InlineData("b800", RlpError.LeadingZeroInLength)]
    public void Reports_the_same_structural_error_whichever_way_the_item_is_read(string hex, RlpError expected)
    {
        Assert.Equal(expected, Fails(hex, reader => reader.ReadBytes()).Error);
        Assert.Equal(expected, Fails(hex, reader => reader.ReadUInt64()).Error);
        Assert.Equal(expected, Fails(hex, reader => reader.ReadIntegerBytes(32)).Error);
        Assert.Equal(expected, Fails(hex, reader => reader.SkipItem()).Error);
        Assert.Equal(expected, Fails(hex, reader => reader.ReadEncodedItem()).Error);
    }

    [Theory]
    [InlineData("00")]
    [InlineData("820001")]
    [InlineData("8800ffffffffffffff")]
    public void Rejects_integer_with_leading_zero_bytes(string hex)
    {
        var error = Fails(hex, reader => reader.ReadUInt64());

        Assert.Equal(RlpError.LeadingZeroInInteger, error.Error);
    }

    [Fact]
    public void Reads_byte_arrays_with_leading_zeros_when_not_read_as_integers() =>
        Assert.Equal(new byte[] { 0, 1 }, ReadBytes("820001"));

    [Fact]
    public void Rejects_integer_of_more_than_8_bytes_as_a_ulong()
    {
        var error = Fails("89010000000000000000", reader => reader.ReadUInt64());

        Assert.Equal(RlpError.IntegerOverflow, error.Error);
    }

    [Fact]
    public void Rejects_wide_integer_longer_than_the_caller_allows()
    {
        var error = Fails("a1" + "01" + new string('0', 64), reader => reader.ReadIntegerBytes(32));

        Assert.Equal(RlpError.IntegerOverflow, error.Error);
    }

    [Fact]
    public void Rejects_trailing_bytes_after_the_top_level_item()
    {
        var error = Fails("83646f6700", reader =>
        {
            reader.ReadBytes();
            reader.EnsureAtEnd();
        });

        Assert.Equal(RlpError.TrailingBytes, error.Error);
        Assert.Equal(4, error.Offset);
    }

    [Fact]
    public void Rejects_list_whose_items_stop_short_of_its_declared_length()
    {
        // c4 declares 4 content bytes; reading one single-byte item leaves three.
        var error = Fails("c401020304", reader =>
        {
            var list = reader.ReadList();
            list.ReadUInt64();
            list.EnsureAtEnd();
        });

        Assert.Equal(RlpError.ListLengthMismatch, error.Error);
        Assert.Equal(2, error.Offset);
    }

    [Fact]
    public void Rejects_list_whose_items_run_past_its_declared_length()
    {
        // c2 declares 2 content bytes, but its item 83646f67 needs 4.
        var error = Fails("c283646f67", reader => reader.ReadList().ReadBytes());

        Assert.Equal(RlpError.ListLengthMismatch, error.Error);
        Assert.Equal(1, error.Offset);
    }

    [Fact]
    public void Rejects_a_list_where_a_byte_array_is_expected()
    {
        Assert.Equal(RlpError.UnexpectedList, Fails("c0", reader => reader.ReadBytes()).Error);
        Assert.Equal(RlpError.UnexpectedList, Fails("c0", reader => reader.ReadUInt64()).Error);
    }

    [Fact]
    public void Rejects_a_byte_array_where_a_list_is_expected()
    {
        Assert.Equal(RlpError.UnexpectedBytes, Fails("80", reader => reader.ReadList()).Error);
        Assert.Equal(RlpError.UnexpectedBytes, Fails("05", reader => reader.ReadListHeader()).Error);
    }

    [Fact]
    public void Reports_offsets_in_the_top_level_input_from_inside_nested_lists()
    {
        // [[0x8100]]: the bad header is at offset 2.
        var error = Fails("c3c28100", reader => reader.ReadList().ReadList().ReadBytes());

        Assert.Equal(RlpError.NonCanonicalSingleByte, error.Error);
        Assert.Equal(2, error.Offset);
        Assert.Contains("offset 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_the_rule_in_the_message()
    {
        var error = ReadBytesFails("b801ff");

        Assert.Contains("long form", error.Message, StringComparison.Ordinal);
        Assert.Contains("offset 0", error.Message, StringComparison.Ordinal);
    }

    private delegate void ReaderAction(RlpReader reader);

    private static byte[] ReadBytes(string hex)
    {
        var reader = new RlpReader(Hex.Decode(hex));
        var bytes = reader.ReadBytes().ToArray();
        reader.EnsureAtEnd();
        return bytes;
    }

    private static RlpException ReadBytesFails(string hex) => Fails(hex, reader => reader.ReadBytes());

    private static RlpException Fails(string hex, ReaderAction action)
    {
        var input = Hex.Decode(hex);
        return Assert.Throws<RlpException>(() =>
        {
            action(new RlpReader(input));
        });
    }
}
