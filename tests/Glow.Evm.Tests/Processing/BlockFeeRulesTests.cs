using Glow.Core.Numerics;
using Glow.Evm.Processing;

namespace Glow.Evm.Tests.Processing;

public class BlockFeeRulesTests
{
    private static UInt256 NextBaseFee(ulong gasLimit, ulong gasUsed, ulong baseFee) =>
        BlockFeeRules.NextBaseFee(new HeaderFields { GasLimit = gasLimit, GasUsed = gasUsed, BaseFeePerGas = baseFee }.ToHeader());

    [Fact]
    public void The_base_fee_stays_when_the_parent_used_exactly_its_target()
    {
        Assert.Equal((UInt256)1000, NextBaseFee(30_000_000, 15_000_000, 1000));
    }

    [Fact]
    public void The_base_fee_rises_by_an_eighth_after_a_full_block_and_falls_by_an_eighth_after_an_empty_one()
    {
        Assert.Equal((UInt256)1125, NextBaseFee(30_000_000, 30_000_000, 1000));
        Assert.Equal((UInt256)875, NextBaseFee(30_000_000, 0, 1000));
    }

    [Fact]
    public void The_base_fee_moves_in_proportion_to_the_deviation_from_the_target()
    {
        // 20M used of a 15M target: 1000 · 5M / 15M / 8 = 41 (rounded down).
        Assert.Equal((UInt256)1041, NextBaseFee(30_000_000, 20_000_000, 1000));
        Assert.Equal((UInt256)959, NextBaseFee(30_000_000, 10_000_000, 1000));
    }

    [Fact]
    public void The_base_fee_rises_by_at_least_one_above_the_target()
    {
        Assert.Equal((UInt256)8, NextBaseFee(30_000_000, 15_000_001, 7));
        Assert.Equal((UInt256)7, NextBaseFee(30_000_000, 14_999_999, 7));
    }

    [Theory]
    [InlineData(0UL, 0UL, 0UL)]
    [InlineData(0UL, 393_216UL, 0UL)]
    [InlineData(0UL, 786_432UL, 393_216UL)]
    [InlineData(393_216UL, 131_072UL, 131_072UL)]
    [InlineData(100_000UL, 131_072UL, 0UL)]
    public void Excess_blob_gas_carries_what_the_parent_used_above_the_target(ulong parentExcess, ulong parentUsed, ulong expected)
    {
        var parent = new HeaderFields { BaseFeePerGas = 1, WithdrawalsRoot = default, BlobGasUsed = parentUsed, ExcessBlobGas = parentExcess }.ToHeader();
        Assert.Equal(expected, BlockFeeRules.NextExcessBlobGas(parent));
    }

    [Fact]
    public void A_parent_from_before_cancun_leaves_no_excess_blob_gas()
    {
        Assert.Equal(0UL, BlockFeeRules.NextExcessBlobGas(new HeaderFields().ToHeader()));
    }
}
