using Glow.Evm.Processing;

namespace Glow.Conformance.State;

public sealed partial class StateTestRunner
{
    /// <summary>
    /// Every name the suite uses for a rejection: the suite words a typed transaction before its fork by its type
    /// (<c>TYPE_3_TX_PRE_FORK</c>, …) where the processor sees only an unsupported type.
    /// </summary>
    public static IReadOnlyList<string> ExceptionNames(TxInvalidReason reason) => reason switch
    {
        TxInvalidReason.TypeNotSupported => ["TYPE_NOT_SUPPORTED", "TYPE_1_TX_PRE_FORK", "TYPE_2_TX_PRE_FORK", "TYPE_3_TX_PRE_FORK", "TYPE_4_TX_PRE_FORK"],
        _ => [ExceptionName(reason)],
    };

    /// <summary>The suite's <c>TransactionException</c> name for a rejection.</summary>
    public static string ExceptionName(TxInvalidReason reason) => reason switch
    {
        TxInvalidReason.TypeNotSupported => "TYPE_NOT_SUPPORTED",
        TxInvalidReason.IntrinsicGasTooLow => "INTRINSIC_GAS_TOO_LOW",
        TxInvalidReason.InitCodeSizeExceeded => "INITCODE_SIZE_EXCEEDED",
        TxInvalidReason.NonceIsMax => "NONCE_IS_MAX",
        TxInvalidReason.NonceTooLow => "NONCE_MISMATCH_TOO_LOW",
        TxInvalidReason.NonceTooHigh => "NONCE_MISMATCH_TOO_HIGH",
        TxInvalidReason.GasAllowanceExceeded => "GAS_ALLOWANCE_EXCEEDED",
        TxInvalidReason.PriorityGreaterThanMaxFee => "PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS",
        TxInvalidReason.InsufficientMaxFeePerGas => "INSUFFICIENT_MAX_FEE_PER_GAS",
        TxInvalidReason.GasLimitPriceProductOverflow => "GASLIMIT_PRICE_PRODUCT_OVERFLOW",
        TxInvalidReason.InsufficientAccountFunds => "INSUFFICIENT_ACCOUNT_FUNDS",
        TxInvalidReason.SenderNotEoa => "SENDER_NOT_EOA",
        TxInvalidReason.InsufficientMaxFeePerBlobGas => "INSUFFICIENT_MAX_FEE_PER_BLOB_GAS",
        TxInvalidReason.BlobTransactionWithoutBlobs => "TYPE_3_TX_ZERO_BLOBS",
        TxInvalidReason.BlobCountExceeded => "TYPE_3_TX_BLOB_COUNT_EXCEEDED",
        TxInvalidReason.InvalidBlobVersionedHash => "TYPE_3_TX_INVALID_BLOB_VERSIONED_HASH",
        TxInvalidReason.BlobTransactionCreatesContract => "TYPE_3_TX_CONTRACT_CREATION",
        _ => reason.ToString(),
    };
}
