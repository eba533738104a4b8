using System.Globalization;
using System.Numerics;
using Glow.Core.Numerics;
using static Glow.Core.Tests.Numerics.UInt256Samples;

namespace Glow.Core.Tests.Numerics;

public class UInt256TextTests
{
    private const string TwoPow256 = "115792089237316195423570985008687907853269984665640564039457584007913129639936";
    private const string MaxDecimal = "115792089237316195423570985008687907853269984665640564039457584007913129639935";

    [Fact]
    public void Decimal_and_hex_text_match_the_reference_and_round_trip()
    {
        foreach (var x in Singles(3000))
        {
            var big = Big(x);
            string dec = big.ToString(CultureInfo.InvariantCulture);
            string hex = big.ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
            hex = hex.Length == 0 ? "0" : hex;
            Assert.Equal(dec, x.ToString());
            Assert.Equal(dec, x.ToString("D", null));
            Assert.Equal("0x" + hex, x.ToHexString());
            Assert.Equal(hex, x.ToString("x", null));
            Assert.Equal(hex.ToUpperInvariant(), x.ToString("X", null));
            Assert.Equal(x, UInt256.Parse(dec));
            Assert.Equal(x, UInt256.Parse("0x" + hex));
            Assert.Equal(x, UInt256.Parse("0X" + hex.ToUpperInvariant()));
            Assert.True(UInt256.TryParse(dec.AsSpan(), out var parsed));
            Assert.Equal(x, parsed);
        }
    }

    [Fact]
    public void Formats_zero_and_the_extremes()
    {
        Assert.Equal("0", UInt256.Zero.ToString());
        Assert.Equal("0x0", UInt256.Zero.ToHexString());
        Assert.Equal(MaxDecimal, UInt256.MaxValue.ToString());
        Assert.Equal("0x" + new string('f', 64), UInt256.MaxValue.ToHexString());
        Assert.Equal("0x10000000000000000", new UInt256(0, 1).ToHexString());
        Assert.Equal("18446744073709551616", new UInt256(0, 1).ToString());
        Assert.Equal("10000000000000000000", new UInt256(10_000_000_000_000_000_000).ToString());
    }

    [Fact]
    public void TryFormat_reports_a_short_destination_and_rejects_unknown_formats()
    {
        Span<char> small = stackalloc char[3];
        Assert.False(new UInt256(1234).TryFormat(small, out int written, default, null));
        Assert.Equal(0, written);
        Assert.True(new UInt256(123).TryFormat(small, out written, default, null));
        Assert.Equal("123", small[..written].ToString());
        Assert.Throws<FormatException>(() => UInt256.One.ToString("G", null));
        Assert.Equal("ff", $"{new UInt256(255):x}");
        Assert.Equal("255", $"{new UInt256(255)}");
    }

    [Theory]
    [InlineData("0", 0UL)]
    [InlineData("000", 0UL)]
    [InlineData("0x0", 0UL)]
    [InlineData("0x00", 0UL)]
    [InlineData("0XfF", 255UL)]
    [InlineData("18446744073709551615", ulong.MaxValue)]
    [InlineData("0x0000000000000000000000000000000000000000000000000000000000000000000000000001", 1UL)]
    public void Parses_decimal_and_prefixed_hex_in_either_case(string text, ulong expected) =>
        Assert.Equal(new UInt256(expected), UInt256.Parse(text));

    [Fact]
    public void Parses_the_largest_value_in_both_forms()
    {
        Assert.Equal(UInt256.MaxValue, UInt256.Parse(MaxDecimal));
        Assert.Equal(UInt256.MaxValue, UInt256.Parse("0x" + new string('F', 64)));
        Assert.Equal(UInt256.MaxValue, UInt256.Parse("0x000" + new string('f', 64)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x")]
    [InlineData("0X")]
    [InlineData("x1")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1_000")]
    [InlineData("1,000")]
    [InlineData("1.0")]
    [InlineData("12a")]
    [InlineData("0xg")]
    [InlineData("0x-1")]
    [InlineData("0x 1")]
    [InlineData("00x1")]
    [InlineData("١٢")]
    [InlineData("0x" + "1" + "0000000000000000000000000000000000000000000000000000000000000000z")]
    public void Rejects_malformed_text(string text)
    {
        Assert.False(UInt256.TryParse(text.AsSpan(), out _));
        Assert.False(UInt256.TryParse(text, out _));
        Assert.Throws<FormatException>(() => UInt256.Parse(text));
    }

    [Theory]
    [InlineData(TwoPow256)]
    [InlineData("999999999999999999999999999999999999999999999999999999999999999999999999999999")]
    [InlineData("0x1" + "0000000000000000000000000000000000000000000000000000000000000000")]
    public void Rejects_values_of_2_256_or_more(string text)
    {
        Assert.False(UInt256.TryParse(text, out _));
        Assert.Throws<OverflowException>(() => UInt256.Parse(text));
    }

    [Fact]
    public void Rejects_null()
    {
        Assert.False(UInt256.TryParse((string?)null, out _));
        Assert.Throws<ArgumentNullException>(() => UInt256.Parse((string)null!));
    }

    [Fact]
    public void Generic_parsing_interfaces_parse_like_Parse()
    {
        Assert.Equal(new UInt256(42), ParseGeneric<UInt256>("0x2a"));
        Assert.Equal(new UInt256(42), ParseSpanGeneric<UInt256>("42"));
    }

    private static T ParseGeneric<T>(string s)
        where T : IParsable<T> => T.Parse(s, CultureInfo.InvariantCulture);

    private static T ParseSpanGeneric<T>(string s)
        where T : ISpanParsable<T> => T.Parse(s.AsSpan(), CultureInfo.InvariantCulture);

    [Fact]
    public void Parsing_2_256_minus_1_plus_digits_overflows()
    {
        Assert.Equal(BigInteger.Parse(MaxDecimal, CultureInfo.InvariantCulture), Big(UInt256.Parse(MaxDecimal)));
        Assert.Throws<OverflowException>(() => UInt256.Parse(MaxDecimal + "0"));
    }
}
