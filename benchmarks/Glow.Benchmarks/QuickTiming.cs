using System.Diagnostics;
using System.Globalization;

namespace Glow.Benchmarks;

/// <summary>The timing loop of the quick (non-BenchmarkDotNet) timings: warm-up, rounds, medians of wall clock and CPU time.</summary>
internal static class QuickTiming
{
    /// <summary>
    /// Runs <paramref name="operation"/> <paramref name="perRound"/> times to warm up, then <paramref name="rounds"/> rounds
    /// of as many, and prints the median µs per operation by wall clock and by process CPU time. The operation returns
    /// whether its result was the expected one; a false stops the timing with an exception.
    /// </summary>
    public static void Time(string name, int rounds, int perRound, Func<bool> operation, TextWriter output)
    {
        for (var i = 0; i < perRound; i++)
        {
            _ = operation();
        }

        var wall = new double[rounds];
        var cpu = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < perRound; i++)
            {
                if (!operation())
                {
                    throw new InvalidOperationException($"{name} gave an unexpected result");
                }
            }

            wall[round] = watch.Elapsed.TotalMicroseconds / perRound;
            cpu[round] = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMicroseconds / perRound;
        }

        Array.Sort(wall);
        Array.Sort(cpu);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"median {name}: {wall[rounds / 2]:F1} µs/op wall clock, {cpu[rounds / 2]:F1} µs/op CPU ({rounds} rounds of {perRound})"));
    }
}
