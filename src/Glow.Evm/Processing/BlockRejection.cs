using Glow.Core.Transactions;

namespace Glow.Evm.Processing;

/// <summary>Why a block was rejected: the rule, a message for people, and for a bad transaction its index and reason.</summary>
/// <param name="Reason">The rule the block breaks.</param>
/// <param name="Message">A message for people, naming the values that disagree.</param>
public sealed record BlockRejection(BlockInvalidReason Reason, string Message)
{
    /// <summary>The index of the transaction that cannot be included, for <see cref="BlockInvalidReason.InvalidTransaction"/>.</summary>
    public int? TransactionIndex { get; init; }

    /// <summary>Why the transaction cannot run on the state (nonce, balance, fees, blobs, ...), when that is the reason.</summary>
    public TxInvalidReason? TransactionReason { get; init; }

    /// <summary>Why the transaction is invalid on its own (signature, chain id, intrinsic gas, ...), when that is the reason.</summary>
    public TxError? TransactionError { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Reason}: {Message}";
}
