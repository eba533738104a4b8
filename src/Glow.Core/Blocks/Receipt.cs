namespace Glow.Core.Blocks;

/// <summary>
/// The consensus part of a transaction receipt (yellow paper §4.3.1): the outcome, the block's gas used so
/// far, the bloom and the logs. Before Byzantium the outcome was the intermediate state root
/// (<see cref="PostState"/>); from EIP-658 on it is <see cref="Success"/>.
/// </summary>
/// <param name="Type">The transaction's type, which prefixes a typed receipt's encoding (EIP-2718).</param>
/// <param name="Success">True when the transaction did not revert or fail (EIP-658 status 1).</param>
/// <param name="CumulativeGasUsed">Gas used in the block up to and including this transaction.</param>
/// <param name="Bloom">The bloom of <paramref name="Logs"/>.</param>
/// <param name="Logs">The logs the transaction emitted.</param>
/// <param name="PostState">The state root after the transaction, for pre-Byzantium receipts; null otherwise.</param>
public sealed record Receipt(Transactions.TxType Type, bool Success, ulong CumulativeGasUsed, Bloom Bloom, IReadOnlyList<Log> Logs, Hash256? PostState = null)
{
    /// <summary>Equal when every field is equal (logs compared entry by entry).</summary>
    public bool Equals(Receipt? other) =>
        other is not null && Type == other.Type && Success == other.Success && CumulativeGasUsed == other.CumulativeGasUsed
        && Bloom == other.Bloom && Logs.SequenceEqual(other.Logs) && PostState == other.PostState;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Success, CumulativeGasUsed, Logs.Count);
}
