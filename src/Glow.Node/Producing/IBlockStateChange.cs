using Glow.Node.Chain;

namespace Glow.Node.Producing;

/// <summary>
/// A transaction source that also changes the state directly before the block's transactions run: dev mode's state
/// edits (<c>anvil_setBalance</c> and friends) made since the last block. The block stores them, so that it can be
/// re-executed. Never used by consensus.
/// </summary>
public interface IBlockStateChange
{
    /// <summary>The edits, applied in order.</summary>
    IReadOnlyList<StateEdit> Edits { get; }
}
