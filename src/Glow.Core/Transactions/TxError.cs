namespace Glow.Core.Transactions;

/// <summary>
/// Why a transaction is invalid on its own, before any state is consulted. The names follow the
/// <c>TransactionException</c> names of the Ethereum test suites, so a runner can compare them.
/// </summary>
public enum TxError
{
    /// <summary>Not well-formed RLP, or RLP of the wrong shape (too few or too many fields, a list where a value belongs).</summary>
    RlpMalformed,

    /// <summary>A scalar field with leading zero bytes, or a fixed-size field of the wrong size.</summary>
    RlpInvalidValue,

    /// <summary>The envelope's type byte names no transaction type known to the active fork.</summary>
    TypeNotSupported,

    /// <summary>The nonce does not fit in 64 bits.</summary>
    NonceOverflow,

    /// <summary>The nonce is 2^64−1, which EIP-2681 forbids since the sender's nonce could not be incremented.</summary>
    NonceTooBig,

    /// <summary>The gas limit does not fit in 64 bits.</summary>
    GasLimitOverflow,

    /// <summary>gas limit × gas price (or max fee per gas) does not fit in 256 bits.</summary>
    GasLimitPriceProductOverflow,

    /// <summary>The max priority fee per gas is above the max fee per gas (EIP-1559).</summary>
    PriorityGreaterThanMaxFee,

    /// <summary>v, r or s is out of range: zero, at least the curve order, s above n/2 (EIP-2), or a y parity other than 0 or 1.</summary>
    InvalidSignature,

    /// <summary>The chain id (in v for legacy transactions, explicit for typed ones) is not this chain's.</summary>
    InvalidChainId,

    /// <summary>No public key can be recovered from the signature.</summary>
    EcRecoveryFail,

    /// <summary>The gas limit is below the transaction's intrinsic gas.</summary>
    IntrinsicGasTooLow,

    /// <summary>The init code of a contract creation is longer than the EIP-3860 limit.</summary>
    InitCodeSizeExceeded,

    /// <summary>A blob transaction without a recipient, without blobs, or with a blob hash of the wrong version (EIP-4844).</summary>
    InvalidBlobTransaction,
}
