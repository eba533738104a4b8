using Glow.Core.Numerics;

namespace Glow.Core.Chain;

/// <summary>
/// What a chainspec says about block 0 beyond the chain parameters: its timestamp, its coinbase and the accounts it
/// creates. The preinstalls (<see cref="ChainSpec.Preinstalls"/>) are added to <see cref="Alloc"/> by
/// <see cref="ChainSpec.BuildGenesisAlloc"/>.
/// </summary>
public sealed record GenesisSpec
{
    /// <summary>Seconds since the Unix epoch written in the genesis header.</summary>
    public ulong Timestamp { get; init; }

    /// <summary>The genesis header's coinbase (zero by default: nobody produces genesis).</summary>
    public Address Coinbase { get; init; }

    /// <summary>
    /// The accounts of the chainspec's <c>alloc</c>, ordered by address, so that every node enumerates them alike.
    /// Preinstalls are not included here.
    /// </summary>
    public IReadOnlyDictionary<Address, GenesisAccount> Alloc { get; init; } = new SortedDictionary<Address, GenesisAccount>();

    /// <summary>The sum of the allocated balances (the supply at genesis, preinstalls hold none).</summary>
    /// <exception cref="OverflowException">The balances add up to 2^256 or more.</exception>
    public UInt256 TotalBalance()
    {
        var total = UInt256.Zero;
        foreach (var account in Alloc.Values)
        {
            total = checked(total + account.Balance);
        }

        return total;
    }
}
