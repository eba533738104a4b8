using System.Runtime.CompilerServices;

namespace Glow.State.Trie;

/// <summary>A branch: sixteen children, one per next nibble, and the value of the key that ends here (usually empty).</summary>
internal sealed class BranchNode : TrieNode
{
    /// <summary>The children, indexed by nibble; null where no key continues.</summary>
    public Children Slots;

    /// <summary>The value of the key ending at this branch; empty when none does.</summary>
    public ReadOnlyMemory<byte> Value;

    /// <summary>A dirty copy of this branch (children and value shared), without a reference.</summary>
    public BranchNode CloneDirty() => new() { Slots = Slots, Value = Value, IsDirty = true };

    /// <summary>Number of non-null children.</summary>
    public int ChildCount()
    {
        var count = 0;
        for (var i = 0; i < 16; i++)
        {
            if (Slots[i] is not null)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The sixteen child slots, stored inline in the node (no separate array).</summary>
    [InlineArray(16)]
    public struct Children
    {
        private TrieNode? _element;
    }
}
