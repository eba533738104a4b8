using Glow.Core.Specs;

namespace Glow.Core.Chain;

/// <summary>
/// Everything that makes one UltronGlow chain: identity, EVM rules, fee market, issuance, timing, genesis
/// (protocol.md §1–3). Every number has the protocol's default; <see cref="ChainSpecLoader"/> reads one from JSON.
/// </summary>
public sealed record ChainSpec
{
    /// <summary>The default block gas limit of protocol.md §2.</summary>
    public const ulong DefaultGasLimit = 100_000_000;

    /// <summary>A human-readable name of the chain ("UltronGlow dev").</summary>
    public required string Name { get; init; }

    /// <summary>The EIP-155 chain id, which every transaction signs over (dev mode: 1337).</summary>
    public required ulong ChainId { get; init; }

    /// <summary>The gas limit of every block (100,000,000 by default).</summary>
    public ulong GasLimit { get; init; } = DefaultGasLimit;

    /// <summary>The EVM rules; only <see cref="Forks.Cancun"/> for now (protocol.md §2).</summary>
    public ReleaseSpec Fork { get; init; } = Forks.Cancun;

    /// <summary>The EIP-1559 parameters: initial and minimum base fee, elasticity, change denominator.</summary>
    public BaseFeeParameters BaseFee { get; init; } = BaseFeeParameters.Default;

    /// <summary>The block reward per era (protocol.md §3).</summary>
    public BlockRewardSchedule Rewards { get; init; } = BlockRewardSchedule.Default;

    /// <summary>Seconds between blocks (10): a proposer waits until the parent's timestamp plus this (protocol.md §5.3).</summary>
    public ulong BlockIntervalSeconds { get; init; } = 10;

    /// <summary>Blocks per cycle (210): one election per cycle, 21 seats proposing 10 blocks each (protocol.md §2, §5).</summary>
    public ulong CycleLength { get; init; } = 210;

    /// <summary>
    /// The cycle of block <paramref name="number"/>: blocks 1–210 are cycle 0, 211–420 cycle 1, and so on (genesis is
    /// in cycle 0). Cycles start after a multiple of the cycle length, as eras do (<c>era = ceil(n / 420,000)</c>), so
    /// that every block of a cycle is in the same era and carries the same reward (protocol.md §3), and a cycle's last
    /// block, where the election runs, is a multiple of the cycle length.
    /// </summary>
    public ulong CycleOf(ulong number) => number == 0 ? 0 : (number - 1) / CycleLength;

    /// <summary>Block 0: timestamp, coinbase and the chainspec's own allocation.</summary>
    public GenesisSpec Genesis { get; init; } = new();

    /// <summary>The contracts added to genesis (<see cref="Chain.Preinstalls.All"/> by default; empty when turned off).</summary>
    public IReadOnlyList<Preinstall> Preinstalls { get; init; } = Chain.Preinstalls.All;

    /// <summary>The addresses of the system contracts.</summary>
    public SystemContracts SystemContracts { get; init; } = SystemContracts.Default;

    /// <summary>
    /// The whole genesis allocation, as <c>GenesisState</c> builds it: <see cref="GenesisSpec.Alloc"/> plus the
    /// <see cref="Preinstalls"/>, ordered by address. A new dictionary on each call.
    /// </summary>
    /// <exception cref="ArgumentException">The allocation has an account at a preinstall's address.</exception>
    public SortedDictionary<Address, GenesisAccount> BuildGenesisAlloc() => Chain.Preinstalls.Apply(Genesis.Alloc, Preinstalls);
}
