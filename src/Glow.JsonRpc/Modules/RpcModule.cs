namespace Glow.JsonRpc.Modules;

/// <summary>The <c>rpc_</c> namespace: <c>rpc_modules</c>, the namespaces served, each with version <c>1.0</c> (as geth).</summary>
public static class RpcModule
{
    /// <summary>Registers <c>rpc_modules</c>, answering from the registry as it is at call time.</summary>
    public static void Register(RpcMethodRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Add("rpc_modules", (_, _) =>
        {
            var modules = registry.Modules();
            return ValueTask.FromResult(RpcResult.Json(writer =>
            {
                writer.WriteStartObject();
                foreach (var (name, version) in modules)
                {
                    writer.WriteString(name, version);
                }

                writer.WriteEndObject();
            }));
        }, maxParameters: 0);
    }
}
