using Glow.Core;
using Glow.Core.Blocks;

namespace Glow.Evm.Processing;

/// <summary>
/// The outcome of executing a block: either rejected (<see cref="Rejection"/> set), or valid with its receipts, the gas
/// and blob gas it used and the state root after it.
/// </summary>
public sealed record BlockExecutionResult
{
    /// <summary>Why the block is invalid; null when it is valid.</summary>
    public BlockRejection? Rejection { get; init; }

    /// <summary>The receipts, one per transaction in order (those executed before a rejection, if any).</summary>
    public IReadOnlyList<Receipt> Receipts { get; init; } = [];

    /// <summary>Gas used by the block's transactions.</summary>
    public ulong GasUsed { get; init; }

    /// <summary>Blob gas used by the block's transactions (EIP-4844).</summary>
    public ulong BlobGasUsed { get; init; }

    /// <summary>The state root after the block; zero when the block was rejected before the state was complete.</summary>
    public Hash256 StateRoot { get; init; }

    /// <summary>True when the block is valid.</summary>
    public bool IsValid => Rejection is null;

    /// <summary>A rejection for <paramref name="reason"/>.</summary>
    public static BlockExecutionResult Invalid(BlockInvalidReason reason, string message) => new() { Rejection = new BlockRejection(reason, message) };

    /// <summary>A rejection carrying <paramref name="rejection"/>.</summary>
    public static BlockExecutionResult Invalid(BlockRejection rejection) => new() { Rejection = rejection };
}
