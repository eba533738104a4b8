namespace Glow.JsonRpc;

/// <summary>
/// One message waiting to be sent on a connection: a serialized response (a buffer from the array pool, returned
/// by the sender) or a subscription notification, serialized by the sender.
/// </summary>
internal readonly struct RpcOutgoing
{
    public RpcOutgoing(byte[] buffer, int length)
    {
        Buffer = buffer;
        Length = length;
        Subscription = null;
        Result = default;
    }

    public RpcOutgoing(RpcSubscription subscription, RpcResult result)
    {
        Buffer = null;
        Length = 0;
        Subscription = subscription;
        Result = result;
    }

    public byte[]? Buffer { get; }

    public int Length { get; }

    public RpcSubscription? Subscription { get; }

    public RpcResult Result { get; }
}
