namespace Glow.Node.TxPool;

/// <summary>What the pool did with one transaction: accepted, or rejected with a reason and geth's message for it.</summary>
/// <param name="Error">The reason, <see cref="TxPoolError.None"/> when accepted.</param>
/// <param name="Message">The message for the JSON-RPC error (geth's wording, rpc.md rule 6); empty when accepted.</param>
public readonly record struct TxPoolResult(TxPoolError Error, string Message)
{
    /// <summary>The result of an accepted transaction.</summary>
    public static TxPoolResult Accepted => new(TxPoolError.None, string.Empty);

    /// <summary>True when the pool took the transaction.</summary>
    public bool IsAccepted => Error == TxPoolError.None;

    /// <summary>A rejection for <paramref name="error"/> with geth's standard message.</summary>
    public static TxPoolResult Reject(TxPoolError error) => new(error, MessageOf(error));

    /// <summary>geth's message for <paramref name="error"/>.</summary>
    public static string MessageOf(TxPoolError error) => error switch
    {
        TxPoolError.None => string.Empty,
        TxPoolError.AlreadyKnown => "already known",
        TxPoolError.TypeNotSupported => "transaction type not supported",
        TxPoolError.OversizedData => "oversized data",
        TxPoolError.InitCodeSizeExceeded => "max initcode size exceeded",
        TxPoolError.ExceedsBlockGasLimit => "exceeds block gas limit",
        TxPoolError.NonceMax => "nonce has max value",
        TxPoolError.TipAboveFeeCap => "max priority fee per gas higher than max fee per gas",
        TxPoolError.GasPriceProductOverflow => "gas * gas price overflows 256 bits",
        TxPoolError.InvalidSignature => "invalid transaction v, r, s values",
        TxPoolError.InvalidChainId => "invalid chain id for signer",
        TxPoolError.InvalidSender => "invalid sender",
        TxPoolError.IntrinsicGasTooLow => "intrinsic gas too low",
        TxPoolError.Underpriced => "transaction underpriced",
        TxPoolError.ReplacementUnderpriced => "replacement transaction underpriced",
        TxPoolError.NonceTooLow => "nonce too low",
        TxPoolError.NonceTooHigh => "nonce too high",
        TxPoolError.InsufficientFunds => "insufficient funds for gas * price + value",
        TxPoolError.MissingBlobSidecar => "missing sidecar in blob transaction",
        TxPoolError.InvalidBlobSidecar => "invalid blob sidecar",
        TxPoolError.SenderNotEoa => "sender not an eoa",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Unknown pool error."),
    };
}
