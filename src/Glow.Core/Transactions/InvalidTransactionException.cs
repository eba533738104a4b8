namespace Glow.Core.Transactions;

/// <summary>A transaction that cannot be decoded or is invalid on its own; <see cref="Error"/> says which rule it broke.</summary>
public sealed class InvalidTransactionException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/> with a message for people.</summary>
    public InvalidTransactionException(TxError error, string message, Exception? inner = null)
        : base(message, inner)
    {
        Error = error;
    }

    /// <summary>The rule that was broken.</summary>
    public TxError Error { get; }
}
