namespace Glow.Node.Api;

/// <summary>
/// A simulation that cannot give a result: the transaction is invalid against the state (geth's wording, e.g.
/// <c>insufficient funds for gas * price + value</c>), it reverts during gas estimation (<see cref="RevertData"/> set), or
/// it needs more gas than allowed.
/// </summary>
public sealed class CallFailedException : Exception
{
    /// <summary>A failed simulation.</summary>
    public CallFailedException()
    {
    }

    /// <summary>A failed simulation with a message for the user.</summary>
    public CallFailedException(string message)
        : base(message)
    {
    }

    /// <summary>A failed simulation with a message for the user and its cause.</summary>
    public CallFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A simulation that reverted, with the revert data.</summary>
    public CallFailedException(string message, ReadOnlyMemory<byte> revertData)
        : base(message) => RevertData = revertData;

    /// <summary>The revert data when the failure is a revert; null otherwise.</summary>
    public ReadOnlyMemory<byte>? RevertData { get; }
}
