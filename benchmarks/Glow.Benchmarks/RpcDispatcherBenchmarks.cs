using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Glow.Core.Numerics;
using Glow.JsonRpc;
using Glow.JsonRpc.Modules;
using Glow.JsonRpc.Server;

namespace Glow.Benchmarks;

/// <summary>
/// The JSON-RPC envelope without the network: parse, dispatch and write one call into a reused buffer, to show the
/// cost and the allocations the server adds per request.
/// </summary>
[MemoryDiagnoser]
public class RpcDispatcherBenchmarks : IDisposable
{
    private static readonly UInt256 Balance = UInt256.Parse("1000000000000000000000");

    private readonly RpcCallContext _context = new(RpcTransport.InProcess);
    private RpcDispatcher _dispatcher = null!;
    private RpcBuffer _output = null!;
    private ReadOnlySequence<byte> _clientVersion;
    private ReadOnlySequence<byte> _getBalance;

    [GlobalSetup]
    public void Setup()
    {
        var registry = new RpcMethodRegistry();
        Web3Module.Register(registry);
        registry.Add("eth_getBalance", (p, context) =>
        {
            _ = p.Address(0);
            _ = p.BlockTag(1);
            return ValueTask.FromResult(RpcResult.Quantity(Balance));
        }, maxParameters: 2);
        _dispatcher = new RpcDispatcher(registry);
        _output = new RpcBuffer();
        _clientVersion = new(Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":1,"method":"web3_clientVersion","params":[]}"""));
        _getBalance = new(Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":["0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed","latest"]}"""));
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _output?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public bool ClientVersion()
    {
        _output.Clear();
        var pending = _dispatcher.ProcessAsync(_clientVersion, _context, _output);
        return pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    [Benchmark]
    public bool GetBalance()
    {
        _output.Clear();
        var pending = _dispatcher.ProcessAsync(_getBalance, _context, _output);
        return pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }
}
