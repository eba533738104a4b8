namespace Glow.State.Trie;

/// <summary>A leaf: the rest of the key (<see cref="Path"/>, possibly empty) and a non-empty value.</summary>
internal sealed class LeafNode(NibblePath path, ReadOnlyMemory<byte> value) : TrieNode
{
    /// <summary>The key nibbles below the parent.</summary>
    public NibblePath Path = path;

    /// <summary>The value (never empty).</summary>
    public ReadOnlyMemory<byte> Value = value;
}
