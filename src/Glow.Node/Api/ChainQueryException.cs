namespace Glow.Node.Api;

/// <summary>A query that cannot be answered as asked (block not found, state pruned, range too large); the message is for the user.</summary>
public sealed class ChainQueryException : Exception
{
    /// <summary>A query failure.</summary>
    public ChainQueryException()
    {
    }

    /// <summary>A query failure with a message for the user.</summary>
    public ChainQueryException(string message)
        : base(message)
    {
    }

    /// <summary>A query failure with a message for the user and its cause.</summary>
    public ChainQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
