using Glow.Core.Encoding;

namespace Glow.Core.Tests;

public class HexTests
{
    [Theory]
    [InlineData("0x", new byte[0])]
    [InlineData("0x00ff", new byte[] { 0x00, 0xff })]
    [InlineData("ABcd", new byte[] { 0xab, 0xcd })]
    public void Decodes_with_or_without_prefix_in_either_case(string text, byte[] expected) =>
        Assert.Equal(expected, Hex.Decode(text));

    [Theory]
    [InlineData("0x0")]
    [InlineData("0xzz")]
    [InlineData("abc")]
    public void Rejects_odd_length_and_non_hex_digits(string text)
    {
        Assert.False(Hex.TryDecode(text, out _));
        Assert.Throws<FormatException>(() => Hex.Decode(text));
    }

    [Fact]
    public void Encodes_lowercase_with_prefix() => Assert.Equal("0x00abff", Hex.Encode([0x00, 0xab, 0xff]));
}
