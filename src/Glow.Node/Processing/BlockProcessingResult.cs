using Glow.Core;
using Glow.Core.Blocks;
using Glow.Evm.Processing;

namespace Glow.Node.Processing;

/// <summary>The outcome of executing a block: why it is invalid, or its receipts, senders and the state root reached.</summary>
public sealed record BlockProcessingResult
{
    /// <summary>Why the block is invalid; null when it is valid.</summary>
    public BlockRejection? Rejection { get; init; }

    /// <summary>The receipts, in transaction order.</summary>
    public IReadOnlyList<Receipt> Receipts { get; init; } = [];

    /// <summary>The transactions' senders, in order.</summary>
    public IReadOnlyList<Address> Senders { get; init; } = [];

    /// <summary>The state root after the block.</summary>
    public Hash256 StateRoot { get; init; }

    /// <summary>True when the block is valid.</summary>
    public bool IsValid => Rejection is null;

    /// <summary>A result for an invalid block.</summary>
    public static BlockProcessingResult Invalid(BlockRejection rejection) => new() { Rejection = rejection };
}
