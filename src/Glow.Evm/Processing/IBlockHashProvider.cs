using Glow.Core;

namespace Glow.Evm.Processing;

/// <summary>The hashes of recent blocks, for BLOCKHASH.</summary>
public interface IBlockHashProvider
{
    /// <summary>
    /// The hash of block <paramref name="number"/>; asked only for one of the 256 blocks before the current one.
    /// Null when the provider does not know it (BLOCKHASH then gives zero).
    /// </summary>
    Hash256? GetBlockHash(ulong number);
}
