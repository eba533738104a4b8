namespace Glow.JsonRpc;

/// <summary>Which block a <see cref="BlockSelector"/> names (rpc.md, rule 3).</summary>
public enum BlockSelectorKind
{
    /// <summary><c>latest</c>: the head of the canonical chain (also the default).</summary>
    Latest,

    /// <summary><c>pending</c>: the block being built (the head plus the pool).</summary>
    Pending,

    /// <summary><c>earliest</c>: the genesis block.</summary>
    Earliest,

    /// <summary><c>safe</c>: the latest safe block.</summary>
    Safe,

    /// <summary><c>finalized</c>: the latest finalized block.</summary>
    Finalized,

    /// <summary>An explicit block number (<see cref="BlockSelector.Number"/>).</summary>
    Number,

    /// <summary>A block hash (EIP-1898), maybe required to be canonical (<see cref="BlockSelector.Hash"/>).</summary>
    Hash,
}
