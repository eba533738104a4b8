using Glow.Conformance.State;
using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Transactions;
using Glow.Evm.Processing;

namespace Glow.Conformance.Blocks;

public sealed partial class BlockTestRunner
{
    /// <summary>What a block that does not decode is rejected as.</summary>
    private const string DecodingFailure = "BlockException.RLP_STRUCTURES_ENCODING";

    /// <summary>
    /// The suite's name for a rejection (<c>BlockException.INVALID_GASLIMIT</c>, <c>TransactionException.INSUFFICIENT_ACCOUNT_FUNDS</c>, ...).
    /// An unknown parent whose hash is zero is <c>UNKNOWN_PARENT_ZERO</c>.
    /// </summary>
    public static string ExceptionName(BlockRejection rejection, Block block)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        ArgumentNullException.ThrowIfNull(block);
        return rejection.Reason switch
        {
            BlockInvalidReason.UnknownParent => block.Header.ParentHash == Hash256.Zero ? "BlockException.UNKNOWN_PARENT_ZERO" : "BlockException.UNKNOWN_PARENT",
            BlockInvalidReason.InvalidTransaction => "TransactionException." + TransactionExceptionName(rejection),
            BlockInvalidReason.BlobGasAllowanceExceeded => "TransactionException.TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED",
            _ => "BlockException." + BlockExceptionName(rejection.Reason),
        };
    }

    /// <summary>
    /// True when <paramref name="name"/>, or a name that means the same rejection, is one of the <c>|</c>-separated names
    /// of <paramref name="expected"/>.
    /// </summary>
    private static bool Matches(string expected, string name)
    {
        foreach (var alternative in expected.Split('|'))
        {
            var trimmed = alternative.Trim();
            if (trimmed == name || trimmed == Synonym(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The other name of a rejection that breaks two rules at once: a transaction with more blobs than a block may
    /// hold (EIP-4844) also exceeds the block's blob gas by itself, and the suite uses either name for it.
    /// </summary>
    private static string? Synonym(string name) => name switch
    {
        "TransactionException.TYPE_3_TX_BLOB_COUNT_EXCEEDED" => "TransactionException.TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED",
        _ => null,
    };

    private static string BlockExceptionName(BlockInvalidReason reason) => reason switch
    {
        BlockInvalidReason.InvalidBlockNumber => "INVALID_BLOCK_NUMBER",
        BlockInvalidReason.GasLimitTooBig => "GASLIMIT_TOO_BIG",
        BlockInvalidReason.InvalidGasLimit => "INVALID_GASLIMIT",
        BlockInvalidReason.GasUsedOverflow => "GAS_USED_OVERFLOW",
        BlockInvalidReason.TimestampNotAfterParent => "INVALID_BLOCK_TIMESTAMP_OLDER_THAN_PARENT",
        BlockInvalidReason.ExtraDataTooBig => "EXTRA_DATA_TOO_BIG",
        BlockInvalidReason.DifficultyNotZero => "IMPORT_IMPOSSIBLE_DIFFICULTY_OVER_PARIS",
        BlockInvalidReason.NonceNotZero => "INVALID_BLOCK_NONCE",
        BlockInvalidReason.OmmersNotEmpty => "IMPORT_IMPOSSIBLE_UNCLES_OVER_PARIS",
        BlockInvalidReason.InvalidBaseFee => "INVALID_BASEFEE_PER_GAS",
        BlockInvalidReason.IncorrectExcessBlobGas => "INCORRECT_EXCESS_BLOB_GAS",
        BlockInvalidReason.IncorrectBlobGasUsed => "INCORRECT_BLOB_GAS_USED",
        BlockInvalidReason.BlobGasUsedAboveLimit => "BLOB_GAS_USED_ABOVE_LIMIT",
        BlockInvalidReason.InvalidHeaderFields => "INVALID_HEADER_FIELDS",
        BlockInvalidReason.InvalidWithdrawalsRoot => "INVALID_WITHDRAWALS_ROOT",
        BlockInvalidReason.WithdrawalsMissing => "RLP_WITHDRAWALS_NOT_READ",
        BlockInvalidReason.InvalidTransactionsRoot => "INVALID_TRANSACTIONS_ROOT",
        BlockInvalidReason.InvalidGasUsed => "INVALID_GAS_USED",
        BlockInvalidReason.InvalidReceiptsRoot => "INVALID_RECEIPTS_ROOT",
        BlockInvalidReason.InvalidLogsBloom => "INVALID_LOG_BLOOM",
        BlockInvalidReason.InvalidStateRoot => "INVALID_STATE_ROOT",
        _ => reason.ToString(),
    };

    private static string TransactionExceptionName(BlockRejection rejection)
    {
        if (rejection.TransactionReason is { } reason)
        {
            return StateTestRunner.ExceptionName(reason);
        }

        return rejection.TransactionError switch
        {
            TxError.TypeNotSupported => "TYPE_NOT_SUPPORTED",
            TxError.NonceTooBig => "NONCE_IS_MAX",
            TxError.GasLimitPriceProductOverflow => "GASLIMIT_PRICE_PRODUCT_OVERFLOW",
            TxError.PriorityGreaterThanMaxFee => "PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS",
            TxError.InvalidSignature or TxError.EcRecoveryFail => "INVALID_SIGNATURE_VRS",
            TxError.InvalidChainId => "INVALID_CHAINID",
            TxError.IntrinsicGasTooLow => "INTRINSIC_GAS_TOO_LOW",
            TxError.InitCodeSizeExceeded => "INITCODE_SIZE_EXCEEDED",
            { } error => error.ToString(),
            null => "UNKNOWN",
        };
    }
}
