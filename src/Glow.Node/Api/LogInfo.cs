using Glow.Core;
using Glow.Core.Blocks;

namespace Glow.Node.Api;

/// <summary>A log with its position in the chain, as <c>eth_getLogs</c> and receipts return it.</summary>
/// <param name="Log">The log.</param>
/// <param name="BlockHash">The block.</param>
/// <param name="BlockNumber">The block's number.</param>
/// <param name="TransactionHash">The transaction that emitted it.</param>
/// <param name="TransactionIndex">That transaction's index in the block.</param>
/// <param name="LogIndex">The log's index in the block (counting every transaction's logs).</param>
/// <param name="Removed">True when the block left the canonical chain (subscriptions and filters report such logs again).</param>
public sealed record LogInfo(Log Log, Hash256 BlockHash, ulong BlockNumber, Hash256 TransactionHash, int TransactionIndex, int LogIndex, bool Removed = false);
