namespace Glow.Core.Tests;

public class Hash256Tests
{
    private const string Text = "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";

    [Fact]
    public void Round_trips_through_hex_text()
    {
        var hash = Hash256.Parse(Text);

        Assert.Equal(Text, hash.ToString());
        Assert.Equal(hash, Hash256.Parse(Text.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal)));
        Assert.Equal(0x56, hash.Bytes[0]);
        Assert.Equal(0x21, hash.Bytes[31]);
    }

    [Theory]
    [InlineData("0x56e81f")]
    [InlineData("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b42100")]
    [InlineData("not a hash")]
    public void Rejects_text_that_is_not_32_bytes_of_hex(string text)
    {
        Assert.False(Hash256.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Hash256.Parse(text));
    }

    [Fact]
    public void Rejects_construction_from_the_wrong_number_of_bytes() =>
        Assert.Throws<ArgumentException>(() => new Hash256(new byte[31]));

    [Fact]
    public void Compares_as_big_endian_numbers_and_hashes_consistently()
    {
        var one = new byte[32];
        one[31] = 1;
        var top = new byte[32];
        top[0] = 1;

        Assert.True(new Hash256(one) < new Hash256(top));
        Assert.True(Hash256.Zero.IsZero);
        Assert.False(new Hash256(one).IsZero);
        Assert.Equal(new Hash256(top).GetHashCode(), new Hash256(top).GetHashCode());
        Assert.Equal(new Hash256(one), new Hash256(one));
    }
}
