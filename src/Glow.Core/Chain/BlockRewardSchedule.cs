using System.Numerics;
using Glow.Core.Numerics;

namespace Glow.Core.Chain;

/// <summary>
/// The block reward of protocol.md §3: <c>initial × (numerator / denominator)^(era − 1)</c> for every block of an era,
/// where <c>era = ⌈number / eraLength⌉</c> (block 0, genesis, is produced by nobody and earns nothing). The rewards are a
/// table computed once in integer arithmetic, each entry exactly <c>⌊initial × numerator^(era−1) / denominator^(era−1)⌋</c>
/// (no rounding carried from one era to the next, no floating point). The table ends before the first era whose reward
/// rounds to zero; every later block earns nothing. With the defaults (0.5 UTG, 96/100, 420,000 blocks) the table has
/// 999 eras and the total issuance is 5,249,999.99999999978916 UTG, below the 5.25 M UTG bound.
/// </summary>
public sealed class BlockRewardSchedule
{
    /// <summary>The most eras a schedule may have before its reward reaches zero; a slower decay is rejected.</summary>
    public const int MaxEras = 10_000;

    /// <summary>Half a UTG (5 × 10^17 wei), the default initial reward.</summary>
    public static readonly UInt256 HalfUtg = 500_000_000_000_000_000UL;

    private readonly UInt256[] _eraRewards;

    /// <summary>Builds the schedule and its table.</summary>
    /// <param name="initialReward">The reward of every block of era 1, in wei.</param>
    /// <param name="decayNumerator">Each era's reward is the previous one's times numerator / denominator …</param>
    /// <param name="decayDenominator">… with numerator below denominator, so that rewards reach zero.</param>
    /// <param name="eraLength">Blocks per era, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The era length or the denominator is zero, the numerator is not below the denominator, or the reward would stay
    /// above zero for more than <see cref="MaxEras"/> eras.
    /// </exception>
    public BlockRewardSchedule(UInt256 initialReward, ulong decayNumerator, ulong decayDenominator, ulong eraLength)
    {
        ArgumentOutOfRangeException.ThrowIfZero(eraLength);
        ArgumentOutOfRangeException.ThrowIfZero(decayDenominator);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(decayNumerator, decayDenominator);
        InitialReward = initialReward;
        DecayNumerator = decayNumerator;
        DecayDenominator = decayDenominator;
        EraLength = eraLength;
        _eraRewards = BuildTable(initialReward, decayNumerator, decayDenominator);
        var total = BigInteger.Zero;
        foreach (var reward in _eraRewards)
        {
            total += (BigInteger)reward * eraLength;
        }

        // The sum is below initial × eraLength × denominator / (denominator − numerator) < 2^256 × 2^64 × 2^64; clamp
        // rather than fail for absurd parameters that no chain would use.
        TotalIssuance = total > (BigInteger)UInt256.MaxValue ? UInt256.MaxValue : (UInt256)total;
    }

    /// <summary>The schedule of protocol.md §3: 0.5 UTG, times 96/100 every 420,000 blocks.</summary>
    public static BlockRewardSchedule Default { get; } = new(HalfUtg, 96, 100, 420_000);

    /// <summary>The reward of every block of era 1, in wei.</summary>
    public UInt256 InitialReward { get; }

    /// <summary>Numerator of the per-era decay factor (96 by default).</summary>
    public ulong DecayNumerator { get; }

    /// <summary>Denominator of the per-era decay factor (100 by default).</summary>
    public ulong DecayDenominator { get; }

    /// <summary>Blocks per era (420,000 by default: 2,000 cycles of 210 blocks, about 48.6 days at 10 s).</summary>
    public ulong EraLength { get; }

    /// <summary>
    /// The reward per block of each era that pays one, in wei: element <c>i</c> is era <c>i + 1</c>. Every element is
    /// non-zero; the era after the last one is the first whose reward rounds down to zero.
    /// </summary>
    public IReadOnlyList<UInt256> EraRewards => _eraRewards;

    /// <summary>The last era with a non-zero reward (the length of <see cref="EraRewards"/>); 0 when the initial reward is 0.</summary>
    public ulong LastRewardedEra => (ulong)_eraRewards.Length;

    /// <summary>Every wei block rewards will ever issue: the sum over the table of reward × era length.</summary>
    public UInt256 TotalIssuance { get; }

    /// <summary>The era of block <paramref name="number"/>: <c>⌈number / eraLength⌉</c>, so genesis is era 0 and blocks 1 … eraLength are era 1.</summary>
    public ulong Era(ulong number) => (number / EraLength) + (number % EraLength == 0 ? 0UL : 1UL);

    /// <summary>The reward of block <paramref name="number"/> in wei: zero for genesis and for every era past the table.</summary>
    public UInt256 RewardAt(ulong number)
    {
        var era = Era(number);
        return era == 0 || era > (ulong)_eraRewards.Length ? UInt256.Zero : _eraRewards[era - 1];
    }

    private static UInt256[] BuildTable(in UInt256 initial, ulong numerator, ulong denominator)
    {
        // reward(e) = ⌊initial × n^(e−1) / d^(e−1)⌋, with exact powers: a reward is never derived from the rounded
        // reward of the era before it. Big integers keep the powers exact (100^998 has 1,997 digits); each division has
        // a quotient below 2^256, so it costs little more than a pass over the divisor.
        var initialValue = (BigInteger)initial;
        if (!(initialValue * BigInteger.Pow(numerator, MaxEras) / BigInteger.Pow(denominator, MaxEras)).IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), $"The reward stays above zero for more than {MaxEras} eras: decay faster.");
        }

        var rewards = new List<UInt256>();
        var numeratorPower = BigInteger.One;
        var denominatorPower = BigInteger.One;
        while (true)
        {
            var reward = initialValue * numeratorPower / denominatorPower;
            if (reward.IsZero)
            {
                return [.. rewards];
            }

            rewards.Add((UInt256)reward);
            numeratorPower *= numerator;
            denominatorPower *= denominator;
        }
    }
}
