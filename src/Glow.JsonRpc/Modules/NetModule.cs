using System.Globalization;

namespace Glow.JsonRpc.Modules;

/// <summary>The <c>net_</c> namespace: <c>net_version</c> (decimal string), <c>net_listening</c>, <c>net_peerCount</c> (quantity).</summary>
public static class NetModule
{
    /// <summary>Registers the methods of the namespace, answering from <paramref name="network"/>.</summary>
    public static void Register(RpcMethodRegistry registry, IRpcNetworkInfo network)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(network);
        registry.Add("net_version", (_, _) =>
            ValueTask.FromResult(RpcResult.String(network.NetworkId.ToString(CultureInfo.InvariantCulture))), maxParameters: 0);
        registry.Add("net_listening", (_, _) => ValueTask.FromResult(RpcResult.Bool(network.IsListening)), maxParameters: 0);
        registry.Add("net_peerCount", (_, _) => ValueTask.FromResult(RpcResult.Quantity((ulong)network.PeerCount)), maxParameters: 0);
    }
}
