using Glow.Core;

namespace Glow.State.Trie;

/// <summary>
/// A node of the Patricia trie (yellow paper, Appendix D): <see cref="LeafNode"/>, <see cref="ExtensionNode"/>,
/// <see cref="BranchNode"/>, or <see cref="HashNode"/> (a stored node not loaded yet).
/// </summary>
/// <remarks>
/// <para>A node is <em>dirty</em> while it belongs to one trie's uncommitted changes: only then may it be modified
/// in place. Clean nodes (loaded from the store or committed) are immutable and may be shared between tries and
/// through the node cache; changing one means copying it first.</para>
/// <para>The node's reference in its parent, once computed, is cached: its Keccak-256 when its RLP is 32 bytes or
/// more, otherwise the RLP itself, embedded in the parent (Appendix D, function c). A dirty node's reference is
/// cleared whenever it or anything below it changes.</para>
/// </remarks>
internal abstract class TrieNode
{
    /// <summary>Keccak-256 of the RLP; valid when <see cref="HasHash"/>.</summary>
    public Hash256 Hash;

    /// <summary>The RLP when it is shorter than 32 bytes (the node is embedded in its parent); otherwise null.</summary>
    public byte[]? Embedded;

    /// <summary>True when <see cref="Hash"/> is valid.</summary>
    public bool HasHash;

    /// <summary>True while the node is an uncommitted change of one trie (mutable); false once loaded or committed.</summary>
    public bool IsDirty;

    /// <summary>True when the reference in the parent (<see cref="Hash"/> or <see cref="Embedded"/>) is known.</summary>
    public bool HasReference => HasHash || Embedded is not null;

    /// <summary>Forgets the cached reference of a dirty node that is about to change.</summary>
    public void ClearReference()
    {
        HasHash = false;
        Embedded = null;
    }

    /// <summary>Records the reference of a node whose RLP is <paramref name="rlp"/>: its hash, or the bytes when shorter than 32.</summary>
    public void SetReference(ReadOnlySpan<byte> rlp)
    {
        if (rlp.Length < Hash256.Size)
        {
            Embedded = rlp.ToArray();
            HasHash = false;
        }
        else
        {
            Hash = Core.Crypto.Keccak256.Compute(rlp);
            HasHash = true;
        }
    }
}
