using System.Diagnostics;
using System.Globalization;

namespace Glow.Cli.Bench;

/// <summary>
/// Times an operation in rounds and reports medians, the figures that resist this machine's noise best.
/// Each round is timed twice over: by the wall clock, and by the process's CPU time, which leaves out the
/// time the thread waited for a core on a loaded machine. One untimed warm-up round lets the JIT reach its
/// optimised code first.
/// </summary>
internal static class QuickMeasure
{
    /// <summary>
    /// Runs <paramref name="body"/> (which performs <paramref name="operationsPerRound"/> operations per call)
    /// once to warm up and then <paramref name="rounds"/> times, printing each round; returns the median
    /// nanoseconds per operation by wall clock and by CPU time.
    /// </summary>
    public static Timing Run(string label, int rounds, long operationsPerRound, Action body, TextWriter output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        body();
        var wall = new double[rounds];
        var cpu = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            var cpuStart = Environment.CpuUsage.TotalTime;
            var start = Stopwatch.GetTimestamp();
            body();
            wall[round] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / operationsPerRound;
            cpu[round] = (Environment.CpuUsage.TotalTime - cpuStart).TotalNanoseconds / operationsPerRound;
            output.WriteLine($"  {label} round {round + 1}/{rounds}: {Format(wall[round])}/op wall, {Format(cpu[round])}/op CPU");
        }

        return new Timing(Median(wall), Median(cpu));
    }

    /// <summary>The median of <paramref name="samples"/> (mean of the middle two for an even count).</summary>
    public static double Median(ReadOnlySpan<double> samples)
    {
        var sorted = samples.ToArray();
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Nanoseconds in the unit that reads best: ns below 10 µs, µs below 10 ms, ms above.</summary>
    public static string Format(double nanoseconds) => nanoseconds switch
    {
        < 10_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds:F1} ns"),
        < 10_000_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000:F2} µs"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000_000:F2} ms"),
    };

    /// <summary>Median nanoseconds per operation, by wall clock and by CPU time.</summary>
    /// <param name="WallNanoseconds">Elapsed time per operation.</param>
    /// <param name="CpuNanoseconds">Process CPU time per operation.</param>
    internal readonly record struct Timing(double WallNanoseconds, double CpuNanoseconds);
}
