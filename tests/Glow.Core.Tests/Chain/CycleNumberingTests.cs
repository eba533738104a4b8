using Glow.Core.Chain;

namespace Glow.Core.Tests.Chain;

public sealed class CycleNumberingTests
{
    private static readonly ChainSpec Spec = new() { Name = "cycles", ChainId = 1 };

    [Theory]
    [InlineData(0UL, 0UL)]
    [InlineData(1UL, 0UL)]
    [InlineData(210UL, 0UL)]
    [InlineData(211UL, 1UL)]
    [InlineData(420UL, 1UL)]
    [InlineData(420_000UL, 1_999UL)]
    [InlineData(420_001UL, 2_000UL)]
    public void Cycles_start_after_each_multiple_of_the_cycle_length(ulong number, ulong cycle) =>
        Assert.Equal(cycle, Spec.CycleOf(number));

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(100UL)]
    public void Every_block_of_a_cycle_carries_the_same_reward_across_an_era_boundary(ulong era)
    {
        var lastOfEra = era * Spec.Rewards.EraLength;
        foreach (var number in new[] { lastOfEra - Spec.CycleLength + 1, lastOfEra + 1 })
        {
            var cycle = Spec.CycleOf(number);
            var reward = Spec.Rewards.RewardAt(number);
            for (var n = number; n < number + Spec.CycleLength; n++)
            {
                Assert.Equal(cycle, Spec.CycleOf(n));
                Assert.Equal(reward, Spec.Rewards.RewardAt(n));
            }
        }

        Assert.NotEqual(Spec.Rewards.RewardAt(lastOfEra), Spec.Rewards.RewardAt(lastOfEra + 1));
    }
}
