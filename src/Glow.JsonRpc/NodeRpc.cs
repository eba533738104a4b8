using Glow.Core;
using Glow.JsonRpc.Eth;
using Glow.JsonRpc.Modules;
using Glow.Node.Api;

namespace Glow.JsonRpc;

/// <summary>The JSON-RPC methods every node serves: <c>web3_</c>, <c>net_</c>, <c>rpc_</c>, <c>eth_</c> (with filters, subscriptions, state and proofs) and <c>debug_</c>.</summary>
public static class NodeRpc
{
    /// <summary>A registry with the methods over <paramref name="node"/>; <paramref name="accounts"/> are what <c>eth_accounts</c> lists.</summary>
    public static RpcMethodRegistry CreateRegistry(NodeApi node, IReadOnlyList<Address>? accounts = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        var registry = new RpcMethodRegistry();
        Web3Module.Register(registry);
        NetModule.Register(registry, new StaticNetworkInfo(node.ChainId));
        RpcModule.Register(registry);
        new EthModule(node, accounts).Register(registry);
        new EthFilterModule(node).Register(registry);
        new EthStateModule(node).Register(registry);
        new DebugModule(node).Register(registry);
        return registry;
    }
}
