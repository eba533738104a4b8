using Glow.Core.State;

namespace Glow.Node.Producing;

/// <summary>
/// A transaction source that also changes the state directly before the block's transactions run: dev mode's state
/// edits (<c>anvil_setBalance</c> and friends), which are sealed in a block of their own. Never used by consensus.
/// </summary>
public interface IBlockStateChange
{
    /// <summary>Applies the change to <paramref name="state"/>.</summary>
    void Apply(IWorldState state);
}
