namespace Glow.JsonRpc.Modules;

/// <summary>Fixed network facts: a development chain without peers, or tests.</summary>
/// <param name="NetworkId">The network id (the chain id).</param>
/// <param name="PeerCount">Connected peers.</param>
/// <param name="IsListening">Whether peers are accepted.</param>
public sealed record StaticNetworkInfo(ulong NetworkId, int PeerCount = 0, bool IsListening = true) : IRpcNetworkInfo;
