using Glow.Core.Crypto;
using Glow.JsonRpc.Modules;
using Glow.JsonRpc.Server;

namespace Glow.JsonRpc.Tests;

/// <summary>web3_, net_ and rpc_modules, answered in process through the dispatcher.</summary>
public class ModuleTests
{
    private readonly RpcDispatcher _dispatcher = new(new TestMethods().CreateRegistry());

    private async Task<string> CallAsync(string method, string parameters = "[]")
    {
        string? response = await _dispatcher.ProcessAsync(
            $$"""{"jsonrpc":"2.0","id":1,"method":"{{method}}","params":{{parameters}}}""", new RpcCallContext(RpcTransport.InProcess));
        return TestMethods.Parse(response!).GetProperty("result").GetRawText();
    }

    [Fact]
    public async Task Client_version_has_geths_shape()
    {
        string version = await CallAsync("web3_clientVersion");
        Assert.Matches("^\"UltronGlow/v[0-9][^/]*/(linux|windows|darwin|unknown)-[a-z0-9]+/dotnet[0-9.]+\"$", version);
        Assert.Equal($"\"{Web3Module.ClientVersion}\"", version);
    }

    [Fact]
    public async Task Sha3_is_keccak256_of_the_data()
    {
        Assert.Equal($"\"{Keccak256.OfEmpty}\"", await CallAsync("web3_sha3", "[\"0x\"]"));
        Assert.Equal("\"0x47173285a8d7341e5e972fc677286384f802f8ef42a5ec5f03bbfa254cb01fad\"", await CallAsync("web3_sha3", "[\"0x68656c6c6f20776f726c64\"]"));
    }

    [Fact]
    public async Task Net_methods_report_the_network()
    {
        Assert.Equal("\"1337\"", await CallAsync("net_version"));
        Assert.Equal("true", await CallAsync("net_listening"));
        Assert.Equal("\"0x3\"", await CallAsync("net_peerCount"));
    }

    [Fact]
    public async Task Rpc_modules_lists_each_namespace()
    {
        string modules = await CallAsync("rpc_modules");
        Assert.Contains("\"net\":\"1.0\"", modules, StringComparison.Ordinal);
        Assert.Contains("\"web3\":\"1.0\"", modules, StringComparison.Ordinal);
        Assert.Contains("\"rpc\":\"1.0\"", modules, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registry_refuses_duplicates_and_allows_replacement()
    {
        var registry = new RpcMethodRegistry();
        registry.Add("a_b", (_, _) => ValueTask.FromResult(RpcResult.Bool(true)));
        Assert.Throws<ArgumentException>(() => registry.Add("a_b", (_, _) => ValueTask.FromResult(RpcResult.Null)));
        registry.Set("a_b", (_, _) => ValueTask.FromResult(RpcResult.Bool(false)));
        Assert.True(registry.TryGet("a_b"u8, out var method));
        Assert.Equal("a", method.Namespace);
        Assert.Equal("false", (await method.Handler(RpcParams.Empty, new RpcCallContext(RpcTransport.InProcess))).ToString());
        Assert.True(registry.Remove("a_b"));
        Assert.False(registry.TryGet("a_b", out _));
    }
}
