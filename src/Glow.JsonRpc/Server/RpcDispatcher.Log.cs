using Microsoft.Extensions.Logging;

namespace Glow.JsonRpc.Server;

public sealed partial class RpcDispatcher
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "RPC call {Method}")]
    private partial void LogCall(string method);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "The handler of {Method} crashed; answered -32603")]
    private partial void LogHandlerCrashed(string method, Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Writing a result failed; answered -32603")]
    private partial void LogResultWriterFailed(Exception exception);
}
