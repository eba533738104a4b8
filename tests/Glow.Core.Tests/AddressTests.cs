using Glow.Core.Encoding;

namespace Glow.Core.Tests;

public class AddressTests
{
    // The test vectors of EIP-55.
    [Theory]
    [InlineData("0x52908400098527886E0F7030069857D2E4169EE7")]
    [InlineData("0x8617E340B3D01FA5F11F306F4090FD50E238070D")]
    [InlineData("0xde709f2102306220921060314715629080e2fb77")]
    [InlineData("0x27b1fdb04752bbc536007a920d24acb045561c26")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")]
    [InlineData("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")]
    [InlineData("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")]
    public void Formats_the_EIP55_checksum_of_the_published_vectors(string text)
    {
        var address = Address.Parse(text);

        Assert.Equal(text, address.ToChecksumString());
        Assert.True(Address.IsChecksumValid(text));
        Assert.Equal(text.ToLowerInvariant(), address.ToString());
    }

    [Fact]
    public void Rejects_a_mixed_case_address_with_a_wrong_checksum()
    {
        const string Wrong = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD";

        Assert.False(Address.IsChecksumValid(Wrong));
        Assert.False(Address.TryParse(Wrong, out _));
        var error = Assert.Throws<FormatException>(() => Address.Parse(Wrong));
        Assert.Contains("EIP-55", error.Message, StringComparison.Ordinal);
        Assert.True(Address.TryParseIgnoringChecksum(Wrong, out _));
    }

    [Fact]
    public void Accepts_single_case_text_without_a_checksum()
    {
        Assert.Equal(
            Address.Parse("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"),
            Address.Parse("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED"));
        Assert.False(Address.IsChecksumValid("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x")]
    [InlineData("0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea")]
    [InlineData("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed00")]
    [InlineData("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg")]
    public void Rejects_text_that_is_not_twenty_bytes_of_hex(string text)
    {
        Assert.False(Address.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Address.Parse(text));
    }

    [Fact]
    public void Derives_the_address_of_a_public_key_from_its_keccak_hash()
    {
        // Public key of private key 1 (the generator G); its address is well known.
        var g = Hex.Decode(
            "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798" +
            "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8");

        Assert.Equal("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf", Address.FromPublicKey(g).ToChecksumString());
        Assert.Throws<ArgumentException>(() => Address.FromPublicKey(new byte[65]));
    }

    [Fact]
    public void Orders_and_compares_byte_by_byte()
    {
        var low = Address.Parse("0x0000000000000000000000000000000000000001");
        var high = Address.Parse("0x1000000000000000000000000000000000000000");

        Assert.True(low < high);
        Assert.True(high > low);
        Assert.NotEqual(low, high);
        Assert.Equal(low, new Address(low.Bytes));
        Assert.Equal(low.GetHashCode(), new Address(low.Bytes).GetHashCode());
        Assert.True(Address.Zero.IsZero);
        Assert.Equal("0x0000000000000000000000000000000000000001", $"{low}");
    }
}
