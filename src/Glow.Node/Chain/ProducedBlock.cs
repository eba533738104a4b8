using Glow.Core;
using Glow.Core.Blocks;

namespace Glow.Node.Chain;

/// <summary>A block built on the head by the producer, with what building it computed, ready to be committed.</summary>
/// <param name="Block">The sealed block.</param>
/// <param name="Senders">Its transactions' senders, in order.</param>
/// <param name="Receipts">Its receipts, in order.</param>
public sealed record ProducedBlock(Block Block, IReadOnlyList<Address> Senders, IReadOnlyList<Receipt> Receipts)
{
    /// <summary>How long each step of producing the block took (empty for imported blocks).</summary>
    public BlockTimings Timings { get; init; } = new();

    /// <summary>The direct state edits applied before the transactions (dev mode; empty otherwise), stored with the block.</summary>
    public IReadOnlyList<StateEdit> Edits { get; init; } = [];
}
