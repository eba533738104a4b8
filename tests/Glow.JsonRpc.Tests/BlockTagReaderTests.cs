using Glow.Core;
using Glow.Node.Api;

namespace Glow.JsonRpc.Tests;

public class BlockTagReaderTests
{
    private static readonly string HashText = "0x" + new string('b', 64);

    private static RpcParams Params(string json) => new(TestMethods.Parse(json));

    [Theory]
    [InlineData("latest", BlockTagKind.Latest)]
    [InlineData("pending", BlockTagKind.Pending)]
    [InlineData("earliest", BlockTagKind.Earliest)]
    [InlineData("safe", BlockTagKind.Safe)]
    [InlineData("finalized", BlockTagKind.Finalized)]
    public void Reads_every_tag(string tag, BlockTagKind kind) => Assert.Equal(kind, Params($"[\"{tag}\"]").BlockTag(0).Kind);

    [Fact]
    public void Reads_numbers_hashes_and_eip1898_objects()
    {
        Assert.Equal(BlockTag.OfNumber(0x10), Params("[\"0x10\"]").BlockTag(0));
        Assert.Equal(BlockTag.OfHash(Hash256.Parse(HashText)), Params($"[\"{HashText}\"]").BlockTag(0));
        Assert.Equal(BlockTag.OfHash(Hash256.Parse(HashText), requireCanonical: true),
            Params($"[{{\"blockHash\":\"{HashText}\",\"requireCanonical\":true}}]").BlockTag(0));
        Assert.Equal(BlockTag.OfHash(Hash256.Parse(HashText)), Params($"[{{\"blockHash\":\"{HashText}\"}}]").BlockTag(0));
        Assert.Equal(BlockTag.OfNumber(7), Params("[{\"blockNumber\":\"0x7\"}]").BlockTag(0));
        Assert.Equal(BlockTag.Safe, Params("[{\"blockNumber\":\"safe\"}]").BlockTag(0));
    }

    [Fact]
    public void Missing_optional_block_defaults_to_the_fallback()
    {
        Assert.Equal(BlockTag.Latest, Params("[\"0x1\"]").OptionalBlockTag(1, BlockTag.Latest));
        Assert.Equal(BlockTag.Pending, Params("[\"0x1\", null]").OptionalBlockTag(1, BlockTag.Pending));
    }

    [Theory]
    [InlineData("[\"Latest\"]", "invalid argument 0: hex string without 0x prefix")]
    [InlineData("[\"0x01\"]", "invalid argument 0: hex number with leading zero digits")]
    [InlineData("[\"0x8000000000000000\"]", "invalid argument 0: block number larger than int64")]
    [InlineData("[5]", "invalid argument 0: json: cannot unmarshal non-string into Go value of type rpc.BlockNumber")]
    [InlineData("[{}]", "invalid argument 0: invalid arguments; neither block nor hash specified")]
    [InlineData("[{\"blockNumber\":\"0x1\",\"blockHash\":\"0x0000000000000000000000000000000000000000000000000000000000000001\"}]",
        "invalid argument 0: cannot specify both BlockHash and BlockNumber, choose one or the other")]
    [InlineData("[{\"blockHash\":\"0x01\"}]", "invalid argument 0: hex string has length 2, want 64 for common.Hash")]
    public void Rejects_bad_blocks_with_geths_words(string json, string message)
    {
        var e = Assert.Throws<RpcErrorException>(() => Params(json).BlockTag(0));
        Assert.Equal(RpcErrorCodes.InvalidParams, e.Error.Code);
        Assert.Equal(message, e.Error.Message);
    }

    [Fact]
    public void Block_number_reader_refuses_hashes()
    {
        Assert.Equal(BlockTag.OfNumber(1), Params("[\"0x1\"]").BlockNumberTag(0));
        Assert.Throws<RpcErrorException>(() => Params($"[{{\"blockHash\":\"{HashText}\"}}]").BlockNumberTag(0));
        var e = Assert.Throws<RpcErrorException>(() => Params($"[\"{HashText}\"]").BlockNumberTag(0));
        Assert.Equal("invalid argument 0: hex number > 64 bits", e.Error.Message);
    }

    [Fact]
    public void Selector_prints_as_the_wire_form()
    {
        Assert.Equal("latest", BlockTag.Latest.ToString());
        Assert.Equal("0xff", BlockTag.OfNumber(255).ToString());
        Assert.Equal(BlockTag.Latest, default);
    }
}
