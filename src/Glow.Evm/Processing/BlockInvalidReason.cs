namespace Glow.Evm.Processing;

/// <summary>
/// Why a block cannot be added on top of its parent under Ethereum's rules. The names follow the
/// <c>BlockException</c> names of the Ethereum test suites (<c>INVALID_GASLIMIT</c>, <c>INCORRECT_BLOB_GAS_USED</c>, ...).
/// </summary>
public enum BlockInvalidReason
{
    /// <summary>The header's parent hash is not the parent's hash.</summary>
    UnknownParent,

    /// <summary>The number is not the parent's plus one.</summary>
    InvalidBlockNumber,

    /// <summary>The gas limit is above 2^63 − 1.</summary>
    GasLimitTooBig,

    /// <summary>The gas limit moved by 1/1024 of the parent's or more, or is below 5,000.</summary>
    InvalidGasLimit,

    /// <summary>The header's gas used is above its gas limit.</summary>
    GasUsedOverflow,

    /// <summary>The timestamp is not after the parent's.</summary>
    TimestampNotAfterParent,

    /// <summary>More than 32 bytes of extra data.</summary>
    ExtraDataTooBig,

    /// <summary>A difficulty other than zero after the Merge (EIP-3675).</summary>
    DifficultyNotZero,

    /// <summary>A proof-of-work nonce other than zero after the Merge (EIP-3675).</summary>
    NonceNotZero,

    /// <summary>Ommers, or an ommers hash other than the empty list's, after the Merge (EIP-3675).</summary>
    OmmersNotEmpty,

    /// <summary>The base fee is not the one the parent implies (EIP-1559), or is missing.</summary>
    InvalidBaseFee,

    /// <summary>The excess blob gas is not the one the parent implies (EIP-4844), or is missing.</summary>
    IncorrectExcessBlobGas,

    /// <summary>The header's blob gas used differs from the transactions' (EIP-4844), or is missing.</summary>
    IncorrectBlobGasUsed,

    /// <summary>The header's blob gas used is above the block's maximum (EIP-4844).</summary>
    BlobGasUsedAboveLimit,

    /// <summary>The parent beacon block root is missing (EIP-4788), or a header field of a later fork is present.</summary>
    InvalidHeaderFields,

    /// <summary>The header's withdrawals root is missing (EIP-4895) or does not match the withdrawals.</summary>
    InvalidWithdrawalsRoot,

    /// <summary>The body has no withdrawals list from Shanghai on, or has one before (EIP-4895).</summary>
    WithdrawalsMissing,

    /// <summary>The transactions do not match the header's transactions root.</summary>
    InvalidTransactionsRoot,

    /// <summary>A transaction cannot be included: see <see cref="BlockRejection.TransactionReason"/> or <see cref="BlockRejection.TransactionError"/>.</summary>
    InvalidTransaction,

    /// <summary>A blob transaction takes the block's blob gas above its maximum (EIP-4844).</summary>
    BlobGasAllowanceExceeded,

    /// <summary>The gas the transactions used differs from the header's.</summary>
    InvalidGasUsed,

    /// <summary>The receipts do not match the header's receipts root.</summary>
    InvalidReceiptsRoot,

    /// <summary>The receipts' blooms do not add up to the header's.</summary>
    InvalidLogsBloom,

    /// <summary>The state after the block does not match the header's state root.</summary>
    InvalidStateRoot,

    /// <summary>The timestamp is further ahead of the validator's clock than the chain allows (protocol.md §5.3).</summary>
    TimestampTooFarAhead,

    /// <summary>The extra data is not <c>RLP(GlowExtra)</c> followed by a 65-byte seal, or its fields are wrong (protocol.md §2).</summary>
    InvalidExtraData,

    /// <summary>No producer key can be recovered from the seal, or the coinbase is not the sealing key's pool.</summary>
    InvalidSeal,

    /// <summary>The sealing key is not allowed to produce this block (not the scheduled producer).</summary>
    UnauthorizedProducer,

    /// <summary>The mix hash is not the randomness beacon after this block (protocol.md §5.4).</summary>
    InvalidMixHash,

    /// <summary>The block carries a transaction of a type the chain does not accept (blob transactions, protocol.md §2).</summary>
    UnsupportedTransactionType,
}
