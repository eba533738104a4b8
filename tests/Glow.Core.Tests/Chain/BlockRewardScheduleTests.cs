using System.Numerics;
using Glow.Core.Chain;
using Glow.Core.Numerics;

namespace Glow.Core.Tests.Chain;

public class BlockRewardScheduleTests
{
    private static readonly BlockRewardSchedule Schedule = BlockRewardSchedule.Default;

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(419_999, 1)]
    [InlineData(420_000, 1)]
    [InlineData(420_001, 2)]
    [InlineData(840_000, 2)]
    [InlineData(840_001, 3)]
    [InlineData(ulong.MaxValue, 43_920_819_223_118)]
    public void Era_is_the_block_number_divided_by_420000_rounded_up(ulong number, ulong era) =>
        Assert.Equal(era, Schedule.Era(number));

    [Fact]
    public void Genesis_earns_nothing_and_era_1_earns_half_a_utg()
    {
        Assert.Equal(UInt256.Zero, Schedule.RewardAt(0));
        Assert.Equal(UInt256.Parse("500000000000000000"), Schedule.RewardAt(1));
        Assert.Equal(UInt256.Parse("500000000000000000"), Schedule.RewardAt(420_000));
        Assert.Equal(UInt256.Parse("480000000000000000"), Schedule.RewardAt(420_001));
        Assert.Equal(UInt256.Parse("460800000000000000"), Schedule.RewardAt(840_001));
    }

    [Theory]
    // ⌊0.5e18 × 96^(e−1) / 100^(e−1)⌋, computed independently.
    [InlineData(10, "346266997912240128")]
    [InlineData(100, "8786624666067526")]
    [InlineData(999, "1")]
    public void Era_rewards_are_the_exact_formula_rounded_down(ulong era, string expected) =>
        Assert.Equal(UInt256.Parse(expected), Schedule.RewardAt(era * 420_000));

    [Fact]
    public void Every_entry_of_the_table_is_the_exact_formula_not_a_rounded_chain()
    {
        var power96 = BigInteger.One;
        var power100 = BigInteger.One;
        for (var i = 0; i < Schedule.EraRewards.Count; i++)
        {
            Assert.Equal((UInt256)(BigInteger.Parse("500000000000000000", System.Globalization.CultureInfo.InvariantCulture) * power96 / power100), Schedule.EraRewards[i]);
            power96 *= 96;
            power100 *= 100;
        }
    }

    [Fact]
    public void The_table_ends_at_era_999_after_which_blocks_earn_nothing()
    {
        Assert.Equal(999, Schedule.EraRewards.Count);
        Assert.Equal(999UL, Schedule.LastRewardedEra);
        Assert.All(Schedule.EraRewards, reward => Assert.False(reward.IsZero));
        Assert.Equal(UInt256.One, Schedule.RewardAt(999UL * 420_000));
        Assert.Equal(UInt256.Zero, Schedule.RewardAt((999UL * 420_000) + 1));
        Assert.Equal(UInt256.Zero, Schedule.RewardAt(ulong.MaxValue));
    }

    [Fact]
    public void Total_issuance_from_block_rewards_stays_below_5_25_million_utg()
    {
        var bound = UInt256.Parse("5250000000000000000000000");
        var sum = UInt256.Zero;
        foreach (var reward in Schedule.EraRewards)
        {
            sum = checked(sum + (reward * 420_000UL));
        }

        Assert.Equal(sum, Schedule.TotalIssuance);
        Assert.Equal(UInt256.Parse("5249999999999999789160000"), Schedule.TotalIssuance);
        Assert.True(Schedule.TotalIssuance < bound);
        Assert.Equal((UInt256)210_840_000UL, bound - Schedule.TotalIssuance);
    }

    [Fact]
    public void Rewards_never_grow_from_one_era_to_the_next()
    {
        for (var i = 1; i < Schedule.EraRewards.Count; i++)
        {
            Assert.True(Schedule.EraRewards[i] <= Schedule.EraRewards[i - 1]);
        }
    }

    [Fact]
    public void A_zero_initial_reward_has_an_empty_table() =>
        Assert.Empty(new BlockRewardSchedule(UInt256.Zero, 96, 100, 420_000).EraRewards);

    [Theory]
    [InlineData(96, 100, 0)]
    [InlineData(96, 0, 420_000)]
    [InlineData(100, 100, 420_000)]
    [InlineData(101, 100, 420_000)]
    [InlineData(9_999, 10_000, 420_000)]
    public void Rejects_parameters_whose_rewards_would_not_end(ulong numerator, ulong denominator, ulong eraLength) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BlockRewardSchedule(BlockRewardSchedule.HalfUtg, numerator, denominator, eraLength));
}
