namespace Glow.State;

/// <summary>
/// The state cannot be read or written as asked: a root that is not stored (pruned, or never committed), code
/// missing for a code hash, a commit from a state that is not the head. The database itself is intact.
/// </summary>
public sealed class StateException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public StateException()
    {
    }

    /// <summary>Creates an exception with a message saying what is missing or not allowed.</summary>
    public StateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message, caused by <paramref name="innerException"/>.</summary>
    public StateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
