using System.Globalization;
using BenchmarkDotNet.Running;

namespace Glow.Benchmarks;

/// <summary>
/// BenchmarkDotNet entry: <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- --filter '*Keccak*'</c>.
/// <c>-- trie-root [N] [rounds]</c> runs the one-shot trie comparison with ethereumjs instead (<see cref="TrieRootComparison"/>);
/// <c>-- kzg-quick [rounds]</c> times the point-evaluation precompile (<see cref="KzgQuickTiming"/>);
/// <c>-- blob-quick [rounds]</c> times EIP-4844 blob proof verification (<see cref="BlobQuickTiming"/>);
/// <c>-- precompiles-quick [rounds]</c> times the precompiles with CPU time as well (<see cref="PrecompileQuickTimer"/>);
/// <c>-- txpool-quick [rounds]</c> times the transaction pool's bulk add and block selection (<see cref="TxPoolQuickTimer"/>);
/// <c>-- rpc-quick [seconds] [connections] [rounds]</c> loads the JSON-RPC server over loopback (<see cref="RpcQuickLoad"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["trie-root", ..])
        {
            var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
            var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
            TrieRootComparison.Run(count, rounds, Console.Out);
            return;
        }

        if (args is ["kzg-quick", ..])
        {
            KzgQuickTiming.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9, Console.Out);
            return;
        }

        if (args is ["blob-quick", ..])
        {
            BlobQuickTiming.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9, Console.Out);
            return;
        }

        if (args is ["precompiles-quick", ..])
        {
            PrecompileQuickTimer.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 11, Console.Out);
            return;
        }

        if (args is ["txpool-quick", ..])
        {
            TxPoolQuickTimer.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9, Console.Out);
            return;
        }

        if (args is ["rpc-quick", ..])
        {
            int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
            RpcQuickLoad.RunAsync(Arg(1, 5), Arg(2, 8), Arg(3, 3), Console.Out).GetAwaiter().GetResult();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
