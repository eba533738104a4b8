using Glow.Core;

namespace Glow.Node.Chain;

/// <summary>Where a canonical transaction is: its block and its index in the block.</summary>
/// <param name="BlockHash">The hash of the block holding the transaction.</param>
/// <param name="BlockNumber">That block's number.</param>
/// <param name="Index">The transaction's position in the block.</param>
public readonly record struct TransactionLocation(Hash256 BlockHash, ulong BlockNumber, int Index);
