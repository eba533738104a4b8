using System.Numerics;
using System.Runtime.CompilerServices;
using Glow.Core;

namespace Glow.State.Trie;

/// <summary>A branch: sixteen children, one per next nibble, and the value of the key that ends here (usually empty).</summary>
/// <remarks>
/// A branch decoded from the store does not build its hashed children: it keeps its RLP and reads a child's hash
/// from it when asked (<see cref="Child"/>, <see cref="TryGetStoredChild"/>). Reads then allocate nothing per
/// level, a cached branch costs its RLP rather than sixteen objects, and the shared node is never modified; the
/// children become objects only in the dirty copy a change makes (<see cref="CloneDirty"/>).
/// </remarks>
internal sealed class BranchNode : TrieNode
{
    /// <summary>
    /// The children built as objects, indexed by nibble; null where no key continues, and also where a decoded
    /// branch still keeps a hashed child in its RLP (see <see cref="Child"/>). Write only into dirty branches.
    /// </summary>
    public Children Slots;

    /// <summary>The value of the key ending at this branch; empty when none does.</summary>
    public ReadOnlyMemory<byte> Value;

    private byte[]? _stored;
    private int _storedOffset;
    private int _storedMask;

    /// <summary>Records that the children in <paramref name="mask"/> (bit i: nibble i) are hashes inside the RLP at <paramref name="offset"/> of <paramref name="rlp"/>.</summary>
    public void KeepStoredChildren(byte[] rlp, int offset, int mask)
    {
        _stored = mask == 0 ? null : rlp;
        _storedOffset = offset;
        _storedMask = mask;
    }

    /// <summary>
    /// The child at <paramref name="nibble"/>: its slot, or for a hash still in the stored RLP a new
    /// <see cref="HashNode"/> that the branch does not keep.
    /// </summary>
    public TrieNode? Child(int nibble) =>
        Slots[nibble] ?? (TryGetStoredChild(nibble, out var hash) ? new HashNode(hash) : null);

    /// <summary>True when the child at <paramref name="nibble"/> is a hash kept in the stored RLP, given in <paramref name="hash"/>.</summary>
    public bool TryGetStoredChild(int nibble, out Hash256 hash)
    {
        if ((_storedMask & (1 << nibble)) == 0)
        {
            hash = default;
            return false;
        }

        hash = new Hash256(_stored.AsSpan(StoredChildOffset(nibble) + 1, Hash256.Size));
        return true;
    }

    /// <summary>A dirty copy of this branch (children built, value shared), without a reference.</summary>
    public BranchNode CloneDirty()
    {
        var copy = new BranchNode { Slots = Slots, Value = Value, IsDirty = true };
        for (var mask = _storedMask; mask != 0; mask &= mask - 1)
        {
            var nibble = BitOperations.TrailingZeroCount(mask);
            copy.Slots[nibble] = new HashNode(new Hash256(_stored.AsSpan(StoredChildOffset(nibble) + 1, Hash256.Size)));
        }

        return copy;
    }

    /// <summary>Number of children.</summary>
    public int ChildCount()
    {
        var count = BitOperations.PopCount((uint)_storedMask);
        for (var i = 0; i < 16; i++)
        {
            if (Slots[i] is not null)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Where the reference of child <paramref name="nibble"/> starts in the stored RLP: past the list header, each
    /// earlier reference is 0x80 (none), 0xa0 and a hash, or a short list (an embedded node, under 32 bytes).
    /// </summary>
    private int StoredChildOffset(int nibble)
    {
        var rlp = _stored!;
        var header = rlp[_storedOffset];
        var position = _storedOffset + (header <= 0xf7 ? 1 : 1 + (header - 0xf7));
        for (var i = 0; i < nibble; i++)
        {
            var prefix = rlp[position];
            position += prefix == 0x80 ? 1 : prefix == 0xa0 ? 1 + Hash256.Size : 1 + (prefix - 0xc0);
        }

        return position;
    }

    /// <summary>The sixteen child slots, stored inline in the node (no separate array).</summary>
    [InlineArray(16)]
    public struct Children
    {
        private TrieNode? _element;
    }
}
