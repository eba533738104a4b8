using Glow.Core.Numerics;

namespace Glow.Core.Chain;

/// <summary>An account of a chainspec's genesis allocation.</summary>
/// <param name="Balance">Balance in wei.</param>
/// <param name="Nonce">Nonce.</param>
/// <param name="Code">Contract code (empty for none).</param>
/// <param name="Storage">Storage slots, ordered by slot; zero values are allowed and mean "unset".</param>
public sealed record GenesisAccount(UInt256 Balance, ulong Nonce, byte[] Code, SortedDictionary<UInt256, UInt256> Storage);
