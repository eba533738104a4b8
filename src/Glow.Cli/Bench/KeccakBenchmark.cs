using System.Globalization;
using Glow.Core.Crypto;

namespace Glow.Cli.Bench;

/// <summary><c>utg bench keccak</c>: Keccak-256 of 32 bytes (a trie key or storage slot) and bulk throughput.</summary>
internal sealed class KeccakBenchmark : IQuickBenchmark
{
    private const int SmallOperations = 500_000;
    private const int BulkBytes = 4 * 1024 * 1024;

    public string Name => "keccak";

    public string Description => "Keccak-256 of 32 bytes (ns/op) and of 4 MiB (MB/s)";

    public void Run(BenchOptions options, TextWriter output)
    {
        var rounds = options.Rounds;
        var bulk = new byte[BulkBytes];
        for (var i = 0; i < bulk.Length; i++)
        {
            bulk[i] = (byte)(i * 31);
        }

        var digest = new byte[32];
        var bulkTime = QuickMeasure.Run("keccak256 4 MiB", rounds, 1, () => Keccak256.Hash(bulk, digest), output);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"median keccak256 bulk: {BulkBytes / bulkTime.WallNanoseconds * 1e3:F0} MB/s wall, {BulkBytes / bulkTime.CpuNanoseconds * 1e3:F0} MB/s CPU"));

        var input = new byte[32];
        var small = QuickMeasure.Run("keccak256 32 B", rounds, SmallOperations, () =>
        {
            for (var i = 0; i < SmallOperations; i++)
            {
                Keccak256.Hash(input, digest);
                input[0] = digest[0];
            }
        }, output);
        output.WriteLine($"median CPU time per keccak256(32 B): {QuickMeasure.Format(small.CpuNanoseconds)}");
        output.WriteLine($"median keccak256(32 B): {QuickMeasure.Format(small.WallNanoseconds)}/op");
    }
}
