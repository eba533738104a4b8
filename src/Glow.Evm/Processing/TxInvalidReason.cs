namespace Glow.Evm.Processing;

/// <summary>
/// Why a transaction cannot be included in a block on top of the current state. The names follow the
/// <c>TransactionException</c> names of the Ethereum test suites (<c>INSUFFICIENT_ACCOUNT_FUNDS</c>, ...).
/// </summary>
public enum TxInvalidReason
{
    /// <summary>The fork does not have the transaction's type.</summary>
    TypeNotSupported,

    /// <summary>The gas limit is below the intrinsic gas.</summary>
    IntrinsicGasTooLow,

    /// <summary>Init code longer than the EIP-3860 limit.</summary>
    InitCodeSizeExceeded,

    /// <summary>The nonce is 2^64 − 1 (EIP-2681).</summary>
    NonceIsMax,

    /// <summary>The nonce is below the sender's.</summary>
    NonceTooLow,

    /// <summary>The nonce is above the sender's.</summary>
    NonceTooHigh,

    /// <summary>The gas limit is more than the block has left.</summary>
    GasAllowanceExceeded,

    /// <summary>The max priority fee is above the max fee (EIP-1559).</summary>
    PriorityGreaterThanMaxFee,

    /// <summary>The max fee (or gas price) is below the block's base fee.</summary>
    InsufficientMaxFeePerGas,

    /// <summary>gas limit × max fee (+ value + blob fee) does not fit in 256 bits.</summary>
    GasLimitPriceProductOverflow,

    /// <summary>The sender cannot pay gas limit × max fee + value (+ blob gas × max blob fee).</summary>
    InsufficientAccountFunds,

    /// <summary>The sender has code (EIP-3607).</summary>
    SenderNotEoa,

    /// <summary>A blob transaction's max fee per blob gas is below the blob base fee (EIP-4844).</summary>
    InsufficientMaxFeePerBlobGas,

    /// <summary>A blob transaction without blobs.</summary>
    BlobTransactionWithoutBlobs,

    /// <summary>A blob transaction with more blobs than a block may hold.</summary>
    BlobCountExceeded,

    /// <summary>A blob versioned hash whose first byte is not 0x01.</summary>
    InvalidBlobVersionedHash,

    /// <summary>A blob transaction without a recipient.</summary>
    BlobTransactionCreatesContract,
}
