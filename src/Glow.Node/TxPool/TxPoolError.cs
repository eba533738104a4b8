namespace Glow.Node.TxPool;

/// <summary>Why the <see cref="TransactionPool"/> turned a transaction away; each has the message geth uses (rpc.md rule 6).</summary>
public enum TxPoolError
{
    /// <summary>Accepted.</summary>
    None,

    /// <summary><c>already known</c>: a transaction with this hash is in the pool.</summary>
    AlreadyKnown,

    /// <summary><c>transaction type not supported</c>: blob (type 3) and set-code (type 4) transactions are not accepted (protocol.md §2).</summary>
    TypeNotSupported,

    /// <summary><c>oversized data</c>: the encoded transaction is larger than <see cref="TxPoolOptions.MaxTxSize"/>.</summary>
    OversizedData,

    /// <summary><c>max initcode size exceeded</c>: a contract creation's init code is over the EIP-3860 limit.</summary>
    InitCodeSizeExceeded,

    /// <summary><c>exceeds block gas limit</c>: the gas limit is above the head's block gas limit.</summary>
    ExceedsBlockGasLimit,

    /// <summary><c>nonce has max value</c>: EIP-2681.</summary>
    NonceMax,

    /// <summary><c>max priority fee per gas higher than max fee per gas</c>.</summary>
    TipAboveFeeCap,

    /// <summary><c>gas * gas price overflows 256 bits</c>: gas limit × max fee per gas does not fit in 256 bits.</summary>
    GasPriceProductOverflow,

    /// <summary><c>invalid transaction v, r, s values</c>.</summary>
    InvalidSignature,

    /// <summary><c>invalid chain id for signer</c>.</summary>
    InvalidChainId,

    /// <summary><c>invalid sender</c>: no sender can be recovered from the signature.</summary>
    InvalidSender,

    /// <summary><c>intrinsic gas too low</c>.</summary>
    IntrinsicGasTooLow,

    /// <summary><c>transaction underpriced</c>: the tip is below the pool's floor, or the pool is full of better-paying transactions.</summary>
    Underpriced,

    /// <summary><c>replacement transaction underpriced</c>: a transaction with the same sender and nonce pays less than the required bump.</summary>
    ReplacementUnderpriced,

    /// <summary><c>nonce too low</c>: the nonce is below the sender's nonce at the head.</summary>
    NonceTooLow,

    /// <summary><c>nonce too high</c>: the nonce is <see cref="TxPoolOptions.MaxPerSender"/> or more above the sender's nonce at the head.</summary>
    NonceTooHigh,

    /// <summary><c>insufficient funds for gas * price + value</c>: the sender's balance at the head cannot pay gas limit × max fee + value.</summary>
    InsufficientFunds,

    /// <summary><c>missing sidecar in blob transaction</c>: a blob transaction sent without its blobs, commitments and proofs (the network form).</summary>
    MissingBlobSidecar,

    /// <summary>A blob transaction whose sidecar does not match its versioned hashes or whose KZG proofs fail; the message names the blob.</summary>
    InvalidBlobSidecar,

    /// <summary><c>sender not an eoa</c>: the sender has code (EIP-3607), so the transaction could never be included.</summary>
    SenderNotEoa,
}
