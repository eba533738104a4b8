namespace Glow.JsonRpc;

/// <summary>
/// Thrown by parameter readers and handlers to answer with <see cref="Error"/> instead of a result; the dispatcher
/// turns it into the error response (any other exception becomes -32603 <c>method handler crashed</c>).
/// </summary>
public sealed class RpcErrorException : Exception
{
    /// <summary>An exception answering <paramref name="error"/>.</summary>
    public RpcErrorException(RpcError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>An exception answering -32000 with <paramref name="message"/>.</summary>
    public RpcErrorException(string message)
        : this(RpcError.Server(message))
    {
    }

    /// <summary>An exception answering -32603 with <paramref name="message"/>, keeping <paramref name="innerException"/> for logs.</summary>
    public RpcErrorException(string message, Exception innerException)
        : base(message, innerException) => Error = RpcError.Internal(message);

    /// <summary>An exception answering -32603 <c>method handler crashed</c>.</summary>
    public RpcErrorException()
        : this(RpcError.Internal())
    {
    }

    /// <summary>The error to answer.</summary>
    public RpcError Error { get; }
}
