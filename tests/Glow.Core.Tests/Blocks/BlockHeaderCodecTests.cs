using Glow.Core.Blocks;
using Glow.Core.Crypto;
using Glow.Core.Numerics;

namespace Glow.Core.Tests.Blocks;

public class BlockHeaderCodecTests
{
    private static BlockHeader Cancun() => new()
    {
        Number = 5,
        GasLimit = 100_000_000,
        Timestamp = 1_700_000_000,
        ExtraData = new byte[] { 1, 2, 3 },
        BaseFeePerGas = (UInt256)1_000_000_000,
        WithdrawalsRoot = Keccak256.OfEmptyString,
        BlobGasUsed = 0,
        ExcessBlobGas = 0,
        ParentBeaconBlockRoot = Hash256.Zero,
    };

    [Fact]
    public void Cancun_header_round_trips_and_its_hash_is_the_keccak_of_its_encoding()
    {
        var header = Cancun();
        var bytes = BlockHeaderCodec.Encode(header);

        var decoded = BlockHeaderCodec.Decode(bytes);

        Assert.Equal(Keccak256.Compute(bytes), header.Hash);
        Assert.Equal(header.Hash, decoded.Hash);
        Assert.Equal(bytes, BlockHeaderCodec.Encode(decoded));
        Assert.Equal(header.BaseFeePerGas, decoded.BaseFeePerGas);
        Assert.Equal(header.ParentBeaconBlockRoot, decoded.ParentBeaconBlockRoot);
        Assert.Equal(BlockHeaderCodec.EncodedLength(header), bytes.Length);
    }

    [Fact]
    public void Pre_London_header_has_no_optional_fields()
    {
        var header = new BlockHeader { Number = 1, Difficulty = 131_072, Nonce = 0x0102030405060708 };

        var decoded = BlockHeaderCodec.Decode(BlockHeaderCodec.Encode(header));

        Assert.Null(decoded.BaseFeePerGas);
        Assert.Null(decoded.WithdrawalsRoot);
        Assert.Equal(0x0102030405060708UL, decoded.Nonce);
        Assert.Equal((UInt256)131_072, decoded.Difficulty);
    }

    [Fact]
    public void Refuses_to_encode_a_later_fork_field_without_the_earlier_ones()
    {
        var header = new BlockHeader { BlobGasUsed = 0 };

        Assert.Throws<InvalidOperationException>(() => BlockHeaderCodec.Encode(header));
    }

    [Fact]
    public void Rejects_trailing_fields_beyond_Cancun()
    {
        var builder = new Core.Rlp.RlpBuilder();
        var reader = new Core.Rlp.RlpReader(BlockHeaderCodec.Encode(Cancun()));
        var fields = reader.ReadList();
        builder.StartList();
        while (!fields.IsAtEnd)
        {
            builder.AddEncoded(fields.ReadEncodedItem());
        }

        builder.AddBytes(Hash256.Zero.Bytes).EndList();

        Assert.Throws<Core.Rlp.RlpException>(() => BlockHeaderCodec.Decode(builder.ToArray()));
    }
}
