using Glow.JsonRpc;
using Glow.JsonRpc.Dev;
using Glow.JsonRpc.Eth;
using Glow.JsonRpc.Modules;
using Glow.Node.Dev;

namespace Glow.Cli;

/// <summary>The JSON-RPC methods <c>utg dev</c> serves: every namespace over the dev chain, plus the dev-mode controls.</summary>
internal static class DevRpc
{
    public static RpcMethodRegistry CreateRegistry(DevChain chain)
    {
        var registry = new RpcMethodRegistry();
        Web3Module.Register(registry);
        NetModule.Register(registry, new StaticNetworkInfo(chain.Spec.ChainId));
        RpcModule.Register(registry);
        new EthModule(chain.Api, [.. chain.Accounts.Select(a => a.Address)]).Register(registry);
        new EthFilterModule(chain.Api).Register(registry);
        new EthStateModule(chain.Api).Register(registry);
        new DebugModule(chain.Api).Register(registry);
        new DevModule(chain).Register(registry);
        return registry;
    }
}
