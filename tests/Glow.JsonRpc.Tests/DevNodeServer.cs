using Glow.JsonRpc.Client;
using Glow.JsonRpc.Dev;
using Glow.JsonRpc.Server;
using Glow.Node.Dev;

namespace Glow.JsonRpc.Tests;

/// <summary>An in-memory dev chain served with every method <c>utg dev</c> serves, on an ephemeral loopback port, with a client.</summary>
public sealed class DevNodeServer : IAsyncDisposable
{
    private DevNodeServer(DevChain chain, RpcServer server)
    {
        Chain = chain;
        Server = server;
        Client = new HttpRpcClient(server.HttpUri);
    }

    public DevChain Chain { get; }

    public RpcServer Server { get; }

    public HttpRpcClient Client { get; }

    public static async Task<DevNodeServer> StartAsync()
    {
        var chain = DevChain.Open(new DevChainOptions(), TimeProvider.System);
        var server = new RpcServer(new RpcServerOptions { Port = 0 }, DevRpc.CreateRegistry(chain));
        await server.StartAsync();
        return new DevNodeServer(chain, server);
    }

    public async ValueTask DisposeAsync()
    {
        Chain.SetIntervalMining(0);
        await Client.DisposeAsync();
        await Server.DisposeAsync();
        Chain.Dispose();
    }
}
