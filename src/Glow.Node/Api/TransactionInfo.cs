using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Transactions;

namespace Glow.Node.Api;

/// <summary>A transaction with where it is: in a canonical block, or pending in the pool (no block fields).</summary>
/// <param name="Transaction">The transaction.</param>
/// <param name="Sender">Its sender.</param>
/// <param name="BlockHash">The block holding it; null while pending.</param>
/// <param name="BlockNumber">That block's number; null while pending.</param>
/// <param name="Index">Its position in the block; null while pending.</param>
/// <param name="BaseFee">The block's base fee (for the effective gas price); null while pending.</param>
public sealed record TransactionInfo(Transaction Transaction, Address Sender, Hash256? BlockHash, ulong? BlockNumber, int? Index, UInt256? BaseFee)
{
    /// <summary>The gas price the transaction pays per gas in its block (for pending ones: its fee cap).</summary>
    public UInt256 EffectiveGasPrice => BaseFee is { } baseFee ? Transaction.EffectiveGasPrice(baseFee) : Transaction.MaxFeePerGas;
}
