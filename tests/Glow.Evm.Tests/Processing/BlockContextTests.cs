using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Numerics;
using Glow.Evm.Processing;

namespace Glow.Evm.Tests.Processing;

public class BlockContextTests
{
    [Fact]
    public void A_header_gives_the_context_its_instructions_read()
    {
        var header = new BlockHeader
        {
            Coinbase = EvmHarness.Coinbase,
            Number = 7,
            Timestamp = 1_700_000_000,
            GasLimit = 30_000_000,
            BaseFeePerGas = 9,
            MixHash = Hash256.Parse("0x" + new string('a', 64)),
            ExcessBlobGas = 3_338_477,
        };

        var context = BlockContext.From(header, 1);

        Assert.Equal(EvmHarness.Coinbase, context.Coinbase);
        Assert.Equal(7UL, context.Number);
        Assert.Equal((UInt256)9, context.BaseFee);
        Assert.Equal(header.MixHash, context.PrevRandao);
        Assert.Equal((UInt256)2, context.BlobBaseFee);
    }

    [Fact]
    public void A_header_before_London_has_no_base_fee()
    {
        var context = BlockContext.From(new BlockHeader { Number = 1, GasLimit = 5000 }, 1);

        Assert.Equal(UInt256.Zero, context.BaseFee);
        Assert.Equal(0UL, context.ExcessBlobGas);
        Assert.Null(context.BlockHashes);
    }
}
