using Glow.Node.Dev;

namespace Glow.JsonRpc.Dev;

/// <summary>The JSON-RPC methods <c>utg dev</c> serves: every namespace over the dev chain (<see cref="NodeRpc"/>), plus the dev-mode controls.</summary>
public static class DevRpc
{
    /// <summary>A registry with every method a dev node serves over <paramref name="chain"/>.</summary>
    public static RpcMethodRegistry CreateRegistry(DevChain chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var registry = NodeRpc.CreateRegistry(chain.Api, [.. chain.Accounts.Select(a => a.Address)]);
        new DevModule(chain).Register(registry);
        return registry;
    }
}
