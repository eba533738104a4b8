using Glow.Core.Blocks;

namespace Glow.Node.Chain;

/// <summary>
/// The canonical head moved: <see cref="Added"/> became canonical (oldest first, ending with the new head) and
/// <see cref="Removed"/> left the canonical chain in a reorganisation or rewind (newest first). Subscribers (the
/// transaction pool, <c>newHeads</c> and <c>logs</c> subscriptions) use it to follow the chain.
/// </summary>
/// <param name="Head">The new head.</param>
/// <param name="Added">Blocks that became canonical, oldest first.</param>
/// <param name="Removed">Blocks that stopped being canonical, newest first; empty when the chain simply grew.</param>
public sealed record HeadChange(Block Head, IReadOnlyList<Block> Added, IReadOnlyList<Block> Removed);
