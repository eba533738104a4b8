using Microsoft.Extensions.Logging;

namespace Glow.JsonRpc.Server;

public sealed partial class RpcServer
{
    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "JSON-RPC listening on {Uri} (HTTP and WebSocket)")]
    private partial void LogListening(Uri uri);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "WebSocket client {Client} disconnected: {Reason}")]
    private partial void LogConnectionDropped(string client, string reason);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "Answering a WebSocket message failed; closing the connection")]
    private partial void LogConnectionFailed(Exception exception);
}
