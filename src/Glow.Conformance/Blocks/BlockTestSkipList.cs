using Glow.Conformance.State;

namespace Glow.Conformance.Blocks;

/// <summary>The explicit skip list of the blockchain tests, read from the embedded <c>BlockTestSkips.txt</c> (same format as the state tests').</summary>
public static class BlockTestSkipList
{
    /// <summary>The list shipped with the runner.</summary>
    public static StateTestSkipList Default { get; } = StateTestSkipList.FromResource("Glow.Conformance.Blocks.BlockTestSkips.txt");
}
