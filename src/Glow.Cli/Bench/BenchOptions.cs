namespace Glow.Cli.Bench;

/// <summary>What <c>utg bench</c> was asked for.</summary>
/// <param name="Rounds">Timed rounds; the median is reported.</param>
/// <param name="Size">The workload size when given (<c>--size</c>), for benchmarks that have one; null for their default.</param>
/// <param name="Reference">Whether to run the reference implementation side by side when one exists (<c>--no-reference</c> turns it off).</param>
internal sealed record BenchOptions(int Rounds, int? Size, bool Reference);
