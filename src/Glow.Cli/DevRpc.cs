using Glow.JsonRpc;
using Glow.JsonRpc.Dev;
using Glow.Node.Dev;

namespace Glow.Cli;

/// <summary>The JSON-RPC methods <c>utg dev</c> serves: every namespace over the dev chain, plus the dev-mode controls.</summary>
internal static class DevRpc
{
    public static RpcMethodRegistry CreateRegistry(DevChain chain)
    {
        var registry = NodeRpc.CreateRegistry(chain.Api, [.. chain.Accounts.Select(a => a.Address)]);
        new DevModule(chain).Register(registry);
        return registry;
    }
}
