namespace Glow.State.Trie;

/// <summary>An extension: a shared run of key nibbles (at least one) leading to one child, always a branch in a canonical trie.</summary>
internal sealed class ExtensionNode(NibblePath path, TrieNode child) : TrieNode
{
    /// <summary>The shared nibbles.</summary>
    public NibblePath Path = path;

    /// <summary>The node below the shared nibbles.</summary>
    public TrieNode Child = child;
}
