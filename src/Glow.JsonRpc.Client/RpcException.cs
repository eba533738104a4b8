using System.Text.Json;

namespace Glow.JsonRpc.Client;

/// <summary>A JSON-RPC error answered by the server: its code, message and optional data.</summary>
public sealed class RpcException : Exception
{
    /// <summary>An error with <paramref name="code"/>, <paramref name="message"/> and <paramref name="data"/>.</summary>
    public RpcException(int code, string message, JsonElement? data = null)
        : base($"{message} (code {code})")
    {
        Code = code;
        RpcMessage = message;
        Data = data;
    }

    /// <summary>An error with code 0 (for the usual exception constructors).</summary>
    public RpcException(string message)
        : this(0, message)
    {
    }

    /// <summary>An error with code 0 wrapping <paramref name="innerException"/>.</summary>
    public RpcException(string message, Exception innerException)
        : base(message, innerException) => RpcMessage = message;

    /// <summary>An error with code 0 and no message.</summary>
    public RpcException()
        : this(0, string.Empty)
    {
    }

    /// <summary>The JSON-RPC error code.</summary>
    public int Code { get; }

    /// <summary>The error's <c>message</c> as sent.</summary>
    public string RpcMessage { get; } = string.Empty;

    /// <summary>The error's <c>data</c>, when sent.</summary>
    public new JsonElement? Data { get; }
}
