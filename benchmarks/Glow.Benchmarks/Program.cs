using BenchmarkDotNet.Running;

namespace Glow.Benchmarks;

/// <summary>BenchmarkDotNet entry: <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- --filter '*Keccak*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
