namespace Glow.Node.Api;

/// <summary>How a block is named in a request (rpc.md rule 3).</summary>
public enum BlockTagKind
{
    /// <summary>The canonical head.</summary>
    Latest,

    /// <summary>The block being built: its state is the head's with the pool applied; served as the head.</summary>
    Pending,

    /// <summary>Genesis.</summary>
    Earliest,

    /// <summary>The latest block that cannot be reverted by a reorganisation (GLOW: final in one block).</summary>
    Safe,

    /// <summary>The latest finalized block (GLOW: final in one block).</summary>
    Finalized,

    /// <summary>A canonical block by number.</summary>
    Number,

    /// <summary>A block by hash (EIP-1898), canonical or not unless required.</summary>
    Hash,
}
