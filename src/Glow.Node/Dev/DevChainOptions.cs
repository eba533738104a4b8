using Glow.Core.Numerics;
using Glow.State;
using Glow.State.Db;

namespace Glow.Node.Dev;

/// <summary>How <c>utg dev</c> runs (anvil's and Hardhat Network's defaults where they apply).</summary>
public sealed record DevChainOptions
{
    /// <summary>Dev mode's chain id (protocol.md §2).</summary>
    public const ulong DefaultChainId = 1337;

    /// <summary>The directory holding the database; null keeps everything in memory (lost on exit).</summary>
    public string? DataDirectory { get; init; }

    /// <summary>The chain id.</summary>
    public ulong ChainId { get; init; } = DefaultChainId;

    /// <summary>The mnemonic of the funded accounts; the first account seals blocks.</summary>
    public string Mnemonic { get; init; } = DevAccounts.TestMnemonic;

    /// <summary>How many funded accounts to derive.</summary>
    public int AccountCount { get; init; } = 10;

    /// <summary>The balance of each funded account at genesis, in wei (10,000 UTG, as anvil gives 10,000 ETH).</summary>
    public UInt256 AccountBalance { get; init; } = UInt256.Parse("10000000000000000000000");

    /// <summary>Seconds between blocks; null mines a block for each transaction (automine).</summary>
    public ulong? BlockTimeSeconds { get; init; }

    /// <summary>The block gas limit.</summary>
    public ulong GasLimit { get; init; } = Core.Chain.ChainSpec.DefaultGasLimit;

    /// <summary>Settings of the SQLite database under <see cref="DataDirectory"/>; null for the defaults.</summary>
    public SqliteDatabaseOptions? DatabaseOptions { get; init; }

    /// <summary>How much state history the database keeps (archive by default, as dev tools serve every block).</summary>
    public StateHistory History { get; init; } = StateHistory.Archive;
}
