using Glow.Core;
using Glow.Core.Blocks;

namespace Glow.Node.Processing;

/// <summary>
/// Who may seal a block: the single dev signer in dev mode; the scheduled Ultron Node of the cycle's queue under GLOW
/// (protocol.md §5.3). Asked by block validation after the seal was recovered.
/// </summary>
public interface IBlockAuthority
{
    /// <summary>Null when <paramref name="signer"/> may produce <paramref name="header"/> on top of <paramref name="parent"/>; otherwise why not.</summary>
    /// <param name="parent">The parent block's header.</param>
    /// <param name="header">The header being checked.</param>
    /// <param name="signer">The key that sealed it.</param>
    string? CheckProducer(BlockHeader parent, BlockHeader header, in Address signer);
}
