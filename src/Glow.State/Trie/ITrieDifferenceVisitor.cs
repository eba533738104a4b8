using Glow.Core;

namespace Glow.State.Trie;

/// <summary>Receives what <see cref="PatriciaTrie.Diff"/> finds between two stored tries.</summary>
internal interface ITrieDifferenceVisitor
{
    /// <summary>
    /// A key whose value differs: <paramref name="from"/> is its value in the first trie, <paramref name="to"/> in the
    /// second, empty where the key is absent (no key maps to the empty value, Appendix D).
    /// </summary>
    void Changed(ReadOnlySpan<byte> key, ReadOnlyMemory<byte> from, ReadOnlyMemory<byte> to);

    /// <summary>
    /// A stored node (referenced by hash) that the walk had to load because the subtree under it differs: it sits at
    /// its position in the first trie only when <paramref name="inFrom"/>, otherwise in the second only.
    /// </summary>
    void Node(in Hash256 hash, bool inFrom);
}
