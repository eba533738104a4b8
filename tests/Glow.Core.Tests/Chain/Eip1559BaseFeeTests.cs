using System.Numerics;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Numerics;

namespace Glow.Core.Tests.Chain;

public class Eip1559BaseFeeTests
{
    [Theory]
    // go-ethereum's TestCalcBaseFee: at, below and above the target of a 20 M gas limit, from 1 gwei.
    [InlineData(20_000_000, 10_000_000, 1_000_000_000)]
    [InlineData(20_000_000, 9_000_000, 987_500_000)]
    [InlineData(20_000_000, 11_000_000, 1_012_500_000)]
    // Empty and full blocks move the fee by exactly 1/8.
    [InlineData(100_000_000, 0, 875_000_000)]
    [InlineData(100_000_000, 100_000_000, 1_125_000_000)]
    public void Next_base_fee_follows_eip_1559(ulong gasLimit, ulong gasUsed, ulong expected) =>
        Assert.Equal((UInt256)expected, BaseFeeParameters.Default.NextBaseFee(Parent(1_000_000_000, gasLimit, gasUsed)));

    [Fact]
    public void A_block_just_above_the_target_raises_the_fee_by_at_least_one_wei() =>
        Assert.Equal((UInt256)8UL, BaseFeeParameters.Default.NextBaseFee(Parent(7, 100_000_000, 50_000_001)));

    [Fact]
    public void The_fee_can_fall_to_zero_without_a_floor()
    {
        var fee = (UInt256)7UL;
        fee = BaseFeeParameters.Default.NextBaseFee(Parent(fee, 100_000_000, 0));

        Assert.Equal((UInt256)7UL, fee);
        Assert.Equal(UInt256.Zero, BaseFeeParameters.Default.NextBaseFee(Parent(0, 100_000_000, 0)));
        Assert.Equal(UInt256.One, BaseFeeParameters.Default.NextBaseFee(Parent(0, 100_000_000, 100_000_000)));
    }

    [Fact]
    public void The_minimum_base_fee_is_a_floor()
    {
        var parameters = BaseFeeParameters.Default with { MinBaseFee = 900_000_000UL };

        Assert.Equal((UInt256)900_000_000UL, parameters.NextBaseFee(Parent(1_000_000_000, 100_000_000, 0)));
        Assert.Equal((UInt256)987_500_000UL, parameters.NextBaseFee(Parent(1_000_000_000, 20_000_000, 9_000_000)));
    }

    [Fact]
    public void Other_elasticity_and_denominator_are_honoured()
    {
        var parameters = BaseFeeParameters.Default with { ElasticityMultiplier = 4, MaxChangeDenominator = 50 };

        // Target 25 M, used 100 M: +1e9 × 75/25/50 = +6 %.
        Assert.Equal((UInt256)1_060_000_000UL, parameters.NextBaseFee(Parent(1_000_000_000, 100_000_000, 100_000_000)));
    }

    [Fact]
    public void With_no_floor_the_rule_equals_the_big_integer_formula_on_random_parents()
    {
        var random = new Random(1559);
        for (var i = 0; i < 2_000; i++)
        {
            var gasLimit = (ulong)random.NextInt64(5_000, 200_000_000);
            var gasUsed = (ulong)random.NextInt64(0, (long)gasLimit + 1);
            var bytes = new byte[random.Next(1, 33)];
            random.NextBytes(bytes);
            var fee = UInt256.FromBigEndian(bytes);
            if (i % 4 == 0)
            {
                fee = (ulong)random.NextInt64(0, 100_000_000_000);
            }

            var parent = Parent(fee, gasLimit, gasUsed);
            var expected = Reference((BigInteger)fee, gasLimit, gasUsed);
            var expectedClamped = expected > (BigInteger)UInt256.MaxValue ? UInt256.MaxValue : (UInt256)expected;
            Assert.Equal(expectedClamped, BaseFeeParameters.Default.NextBaseFee(parent));
        }
    }

    [Fact]
    public void A_fee_near_2_to_the_256_is_computed_exactly_and_saturates()
    {
        var huge = UInt256.MaxValue - 1000UL;

        Assert.Equal(huge - (UInt256)((BigInteger)huge / 8), BaseFeeParameters.Default.NextBaseFee(Parent(huge, 100, 0)));
        Assert.Equal(UInt256.MaxValue, BaseFeeParameters.Default.NextBaseFee(Parent(huge, 100, 100)));
    }

    [Fact]
    public void A_parent_without_base_fee_is_an_error() =>
        Assert.Throws<ArgumentException>(() => BaseFeeParameters.Default.NextBaseFee(new BlockHeader { GasLimit = 100 }));

    /// <summary>EIP-1559's pseudo-code on unbounded integers.</summary>
    private static BigInteger Reference(BigInteger fee, ulong gasLimit, ulong gasUsed)
    {
        var target = gasLimit / 2;
        if (gasUsed == target)
        {
            return fee;
        }

        if (gasUsed > target)
        {
            return fee + BigInteger.Max(fee * (gasUsed - target) / target / 8, 1);
        }

        return fee - (fee * (target - gasUsed) / target / 8);
    }

    private static BlockHeader Parent(UInt256 fee, ulong gasLimit, ulong gasUsed) =>
        new() { BaseFeePerGas = fee, GasLimit = gasLimit, GasUsed = gasUsed };
}
