namespace Glow.JsonRpc;

/// <summary>What an <see cref="RpcResult"/> holds, so the common results write without a callback.</summary>
internal enum RpcResultKind : byte
{
    Null,
    Quantity,
    Bool,
    String,
    Data,
    Hash,
    Address,
    RawJson,
    Writer,
    Error,
}
