using System.Text;
using Glow.JsonRpc;
using Glow.JsonRpc.Client;
using Glow.JsonRpc.Modules;
using Glow.JsonRpc.Server;

namespace Glow.Benchmarks;

/// <summary>
/// Loopback load on the JSON-RPC server: starts it on a free port with the web3/net namespaces and drives
/// <c>web3_clientVersion</c> with <see cref="RpcLoadGenerator"/> (client and server share the machine's cores).
/// <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- rpc-quick [seconds] [connections] [rounds]</c>.
/// </summary>
public static class RpcQuickLoad
{
    public static async Task RunAsync(int seconds, int connections, int rounds, TextWriter output)
    {
        var registry = new RpcMethodRegistry();
        Web3Module.Register(registry);
        NetModule.Register(registry, new StaticNetworkInfo(1337));
        await using var server = new RpcServer(new RpcServerOptions { Port = 0 }, registry);
        await server.StartAsync();
        var body = Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":1,"method":"web3_clientVersion","params":[]}""");
        output.WriteLine($"web3_clientVersion over HTTP at {server.HttpUri}, {connections} connections, {seconds} s per round");
        for (int round = 1; round <= rounds; round++)
        {
            var report = await RpcLoadGenerator.RunAsync(server.HttpUri, body, connections, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(1));
            output.WriteLine($"round {round}: {report}");
        }
    }
}
