using Glow.Core;
using Glow.Core.Blocks;

namespace Glow.Evm.Processing;

/// <summary>
/// The outcome of executing a block: the values its execution produced (receipts, gas, bloom, the roots), and, when the
/// block is invalid, why (<see cref="Rejection"/>). A block rejected before or during execution has only the values
/// computed up to that point.
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

    /// <summary>The union of the receipts' blooms.</summary>
    public Bloom Bloom { get; init; }

    /// <summary>The root of the receipts trie.</summary>
    public Hash256 ReceiptsRoot { get; init; }

    /// <summary>The root of the transactions trie.</summary>
    public Hash256 TransactionsRoot { get; init; }

    /// <summary>The root of the withdrawals trie; null when the block has no withdrawals list.</summary>
    public Hash256? WithdrawalsRoot { get; init; }

    /// <summary>The state root after the block.</summary>
    public Hash256 StateRoot { get; init; }

    /// <summary>True when the block is valid.</summary>
    public bool IsValid => Rejection is null;

    /// <summary>A rejection carrying <paramref name="rejection"/> and nothing computed.</summary>
    public static BlockExecutionResult Invalid(BlockRejection rejection) => new() { Rejection = rejection };
}
