using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.Core.Rlp;

namespace Glow.Core.Tests.Rlp;

/// <summary>The UInt256, address and hash overloads of the writer and reader.</summary>
public class RlpFixedTypeTests
{
    [Theory]
    [InlineData("", "80")]
    [InlineData("7f", "7f")]
    [InlineData("80", "8180")]
    [InlineData("010000000000000000", "89010000000000000000")]
    [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "a0ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    public void UInt256_round_trips_as_a_minimal_big_endian_integer(string bigEndian, string expected)
    {
        var value = UInt256.FromBigEndian(Hex.Decode(bigEndian));
        var buffer = new byte[RlpEncoding.LengthOf(value)];
        var writer = new RlpWriter(buffer);

        writer.WriteUInt256(value);

        Assert.Equal(expected, Hex.Encode(buffer, prefix: false));
        var reader = new RlpReader(buffer);
        Assert.Equal(value, reader.ReadUInt256());
        reader.EnsureAtEnd();
    }

    [Theory]
    [InlineData("820001", RlpError.LeadingZeroInInteger)]
    [InlineData("00", RlpError.LeadingZeroInInteger)]
    [InlineData("a1010000000000000000000000000000000000000000000000000000000000000000", RlpError.IntegerOverflow)]
    public void Rejects_a_UInt256_that_is_not_a_minimal_integer_of_at_most_32_bytes(string hex, RlpError expected)
    {
        var input = Hex.Decode(hex);

        var error = Assert.Throws<RlpException>(() => new RlpReader(input).ReadUInt256());

        Assert.Equal(expected, error.Error);
    }

    [Fact]
    public void Addresses_and_hashes_round_trip_as_fixed_size_byte_strings()
    {
        var address = new Address(Enumerable.Range(1, 20).Select(i => (byte)i).ToArray());
        var hash = new Hash256(Enumerable.Range(100, 32).Select(i => (byte)i).ToArray());
        var buffer = new byte[RlpEncoding.AddressLength + RlpEncoding.HashLength];
        var writer = new RlpWriter(buffer);

        writer.WriteAddress(address);
        writer.WriteHash(hash);

        Assert.Equal(buffer.Length, writer.Position);
        var reader = new RlpReader(buffer);
        Assert.Equal(address, reader.ReadAddress());
        Assert.Equal(hash, reader.ReadHash());
        reader.EnsureAtEnd();
    }

    [Fact]
    public void Rejects_an_address_of_the_wrong_length_at_its_offset_in_the_whole_input()
    {
        // [0x01, 19 bytes]: the short address starts at offset 2.
        var input = Hex.Decode("d501" + "93" + new string('a', 38));

        var error = Assert.Throws<RlpException>(() =>
        {
            var list = new RlpReader(input).ReadList();
            list.ReadUInt64();
            list.ReadAddress();
        });

        Assert.Equal(RlpError.UnexpectedLength, error.Error);
        Assert.Equal(2, error.Offset);
    }

    [Fact]
    public void Rejects_a_hash_of_the_wrong_length_at_its_offset_in_the_whole_input()
    {
        // [0x01, 31 bytes]: the short hash starts at offset 2.
        var input = Hex.Decode("e101" + "9f" + new string('b', 62));

        var error = Assert.Throws<RlpException>(() =>
        {
            var list = new RlpReader(input).ReadList();
            list.ReadUInt64();
            list.ReadHash();
        });

        Assert.Equal(RlpError.UnexpectedLength, error.Error);
        Assert.Equal(2, error.Offset);
    }
}
