namespace Glow.JsonRpc.Modules;

/// <summary>What the <c>net_</c> methods report; the node wires its own (chain id, peer set).</summary>
public interface IRpcNetworkInfo
{
    /// <summary>The network id (<c>net_version</c>, in decimal); on our chains the chain id.</summary>
    ulong NetworkId { get; }

    /// <summary>Connected peers (<c>net_peerCount</c>).</summary>
    int PeerCount { get; }

    /// <summary>Whether the node accepts peers (<c>net_listening</c>).</summary>
    bool IsListening { get; }
}
