using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Transactions;
using Glow.Evm.Execution;

namespace Glow.Evm.Processing;

/// <summary>
/// The outcome of one transaction: either rejected (<see cref="Invalid"/> set, the state untouched), or executed with
/// a status, the gas it used after refunds, its logs and output.
/// </summary>
public sealed record TransactionResult
{
    /// <summary>Why the transaction was rejected; null when it was executed.</summary>
    public TxInvalidReason? Invalid { get; init; }

    /// <summary>A message for people about the rejection.</summary>
    public string? InvalidMessage { get; init; }

    /// <summary>How the transaction's own frame ended.</summary>
    public EvmStatus Status { get; init; }

    /// <summary>Gas used, after the refund: what the sender paid for and what counts against the block.</summary>
    public ulong GasUsed { get; init; }

    /// <summary>Gas refunded (already subtracted from <see cref="GasUsed"/>).</summary>
    public ulong GasRefunded { get; init; }

    /// <summary>Blob gas used (EIP-4844).</summary>
    public ulong BlobGasUsed { get; init; }

    /// <summary>The return data (or revert data) of the transaction's frame; the deployed code of a creation.</summary>
    public ReadOnlyMemory<byte> Output { get; init; }

    /// <summary>The logs of a successful transaction.</summary>
    public IReadOnlyList<Log> Logs { get; init; } = [];

    /// <summary>The address of the contract a creation made (also when it failed), else null.</summary>
    public Address? ContractAddress { get; init; }

    /// <summary>True when the transaction was executed (whatever its status).</summary>
    public bool IsValid => Invalid is null;

    /// <summary>True when executed and its frame succeeded.</summary>
    public bool Success => IsValid && Status == EvmStatus.Success;

    /// <summary>A rejection.</summary>
    public static TransactionResult Rejected(TxInvalidReason reason, string message) => new() { Invalid = reason, InvalidMessage = message };

    /// <summary>The receipt of this transaction at <paramref name="cumulativeGasUsed"/> gas into its block.</summary>
    /// <exception cref="InvalidOperationException">The transaction was rejected.</exception>
    public Receipt ToReceipt(TxType type, ulong cumulativeGasUsed)
    {
        if (!IsValid)
        {
            throw new InvalidOperationException("A rejected transaction has no receipt.");
        }

        return new Receipt(type, Success, cumulativeGasUsed, Bloom.Of(Logs), Logs);
    }
}
