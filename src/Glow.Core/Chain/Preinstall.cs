using Glow.Core.Crypto;
using Glow.Core.Numerics;

namespace Glow.Core.Chain;

/// <summary>
/// A contract placed in the genesis state with the exact runtime code it has on Ethereum mainnet, so tools that expect
/// it at its usual address work unchanged (protocol.md §2). See <see cref="Preinstalls"/> for the list.
/// </summary>
/// <param name="Name">A short name for messages and listings.</param>
/// <param name="Address">The address, the same as on Ethereum mainnet.</param>
/// <param name="Code">The runtime code, byte for byte as on mainnet.</param>
/// <param name="CodeHash">The Keccak-256 of <paramref name="Code"/> as published; a test checks that they match.</param>
public sealed record Preinstall(string Name, Address Address, ReadOnlyMemory<byte> Code, Hash256 CodeHash)
{
    /// <summary>
    /// The nonce the preinstalled account starts with: 1, as for any contract created since EIP-161 (Spurious Dragon),
    /// so the account is never empty and its first CREATE gets the address a fresh deployment would give.
    /// </summary>
    public const ulong Nonce = 1;

    /// <summary>The genesis account: no balance, nonce <see cref="Nonce"/>, the code, no storage (neither contract keeps any at deployment).</summary>
    public GenesisAccount ToGenesisAccount() => new(UInt256.Zero, Nonce, Code.ToArray(), new SortedDictionary<UInt256, UInt256>());

    /// <summary>True when <see cref="Code"/> hashes to <see cref="CodeHash"/>.</summary>
    public bool IsCodeHashValid => Keccak256.Compute(Code.Span) == CodeHash;
}
