using System.Text.Json;
using System.Threading.Channels;

namespace Glow.JsonRpc.Client;

/// <summary>A subscription opened by <see cref="WebSocketRpcClient.SubscribeAsync"/>: its id and its notifications, in order.</summary>
public sealed class RpcClientSubscription
{
    internal RpcClientSubscription(string id, ChannelReader<JsonElement> notifications)
    {
        Id = id;
        Notifications = notifications;
    }

    /// <summary>The id the server gave.</summary>
    public string Id { get; }

    /// <summary>The <c>result</c> of each notification; completes when the connection closes.</summary>
    public ChannelReader<JsonElement> Notifications { get; }
}
