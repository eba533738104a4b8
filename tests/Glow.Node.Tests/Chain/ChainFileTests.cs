using Glow.Core.Blocks;
using Glow.Node.Chain;
using Glow.TestKit;

namespace Glow.Node.Tests.Chain;

public class ChainFileTests
{
    private static byte[] SuiteChain() => File.ReadAllBytes(RepoPaths.ExecutionApis("chain.rlp"));

    [Fact]
    public void Reads_concatenated_blocks_that_reencode_to_the_same_bytes()
    {
        var bytes = SuiteChain();

        var blocks = ChainFile.Read(new MemoryStream(bytes)).ToList();

        Assert.True(blocks.Count > 10);
        Assert.Equal(bytes, blocks.SelectMany(BlockCodec.Encode).ToArray());
        for (var i = 1; i < blocks.Count; i++)
        {
            Assert.Equal(blocks[i - 1].Hash, blocks[i].Header.ParentHash);
        }
    }

    [Fact]
    public void An_empty_file_holds_no_blocks()
    {
        Assert.Empty(ChainFile.Read(new MemoryStream()));
    }

    [Fact]
    public void A_truncated_block_is_refused_with_its_index_and_offset()
    {
        var bytes = SuiteChain();
        var first = BlockCodec.Encode(ChainFile.Read(new MemoryStream(bytes)).First());

        var error = Assert.Throws<InvalidDataException>(() => ChainFile.Read(new MemoryStream(bytes[..(first.Length + 5)])).ToList());

        Assert.Equal($"Block 1 at byte {first.Length}: the file ends inside the block.", error.Message);
    }

    [Fact]
    public void Bytes_that_are_not_a_list_are_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => ChainFile.Read(new MemoryStream([0x83, 1, 2, 3])).ToList());

        Assert.Equal("Block 0 at byte 0: not an RLP list (first byte 0x83).", error.Message);
    }

    [Fact]
    public void A_list_that_is_not_a_block_is_refused_with_the_decoder_reason()
    {
        var error = Assert.Throws<InvalidDataException>(() => ChainFile.Read(new MemoryStream([0xc2, 0x01, 0x02])).ToList());

        Assert.StartsWith("Block 0 at byte 0: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_length_prefix_beyond_the_limit_is_refused_before_reading()
    {
        var error = Assert.Throws<InvalidDataException>(() => ChainFile.Read(new MemoryStream([0xfb, 0x10, 0, 0, 0])).ToList());

        Assert.Contains("more than the", error.Message, StringComparison.Ordinal);
    }
}
