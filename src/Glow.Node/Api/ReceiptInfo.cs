using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Numerics;
using Glow.Core.Transactions;

namespace Glow.Node.Api;

/// <summary>A receipt with every field <c>eth_getTransactionReceipt</c> returns, derived from the block and its stored receipts.</summary>
public sealed record ReceiptInfo
{
    /// <summary>The transaction's hash.</summary>
    public required Hash256 TransactionHash { get; init; }

    /// <summary>The transaction's index in the block.</summary>
    public required int TransactionIndex { get; init; }

    /// <summary>The block's hash.</summary>
    public required Hash256 BlockHash { get; init; }

    /// <summary>The block's number.</summary>
    public required ulong BlockNumber { get; init; }

    /// <summary>The sender.</summary>
    public required Address From { get; init; }

    /// <summary>The recipient; null for a contract creation.</summary>
    public required Address? To { get; init; }

    /// <summary>The created contract's address, for a contract creation.</summary>
    public required Address? ContractAddress { get; init; }

    /// <summary>Gas used by this transaction alone.</summary>
    public required ulong GasUsed { get; init; }

    /// <summary>Gas used by the block up to and including this transaction.</summary>
    public required ulong CumulativeGasUsed { get; init; }

    /// <summary>The price paid per gas.</summary>
    public required UInt256 EffectiveGasPrice { get; init; }

    /// <summary>True when execution succeeded.</summary>
    public required bool Success { get; init; }

    /// <summary>The transaction type.</summary>
    public required TxType Type { get; init; }

    /// <summary>The receipt's bloom.</summary>
    public required Bloom Bloom { get; init; }

    /// <summary>Blob gas used (EIP-4844); null for a transaction that carries no blobs.</summary>
    public ulong? BlobGasUsed { get; init; }

    /// <summary>The block's price per blob gas (EIP-4844); null for a transaction that carries no blobs.</summary>
    public UInt256? BlobGasPrice { get; init; }

    /// <summary>The logs, with their positions.</summary>
    public required IReadOnlyList<LogInfo> Logs { get; init; }
}
