using Glow.Core;

namespace Glow.State.Trie;

/// <summary>A reference by hash to a node in the store that has not been loaded; resolved through the <see cref="TrieNodeStore"/>.</summary>
internal sealed class HashNode : TrieNode
{
    /// <summary>A reference to the stored node whose Keccak-256 is <paramref name="hash"/>.</summary>
    public HashNode(in Hash256 hash)
    {
        Hash = hash;
        HasHash = true;
    }
}
