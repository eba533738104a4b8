using Glow.Core.Numerics;

namespace Glow.State.World;

/// <summary>A storage slot the world state has read or written since the last commit.</summary>
internal struct SlotState
{
    /// <summary>The value now, uncommitted changes included.</summary>
    public UInt256 Current;

    /// <summary>The value at the start of transaction <see cref="OriginalTx"/> (EIP-2200's "original value").</summary>
    public UInt256 Original;

    /// <summary>The value the account's storage trie object holds.</summary>
    public UInt256 InTrie;

    /// <summary>The value the flat table will hold once pending wipes apply (what the next commit compares with).</summary>
    public UInt256 InFlat;

    /// <summary>The transaction <see cref="Original"/> belongs to; an older one means <see cref="Current"/> is the original.</summary>
    public int OriginalTx;

    /// <summary>True once the slot is in its account's list of written slots.</summary>
    public bool Listed;
}
