using System.Diagnostics;
using System.Globalization;

namespace Glow.Cli.Bench;

/// <summary>
/// Times an operation in rounds and reports the median, the figure that resists this machine's noise best.
/// One untimed warm-up round lets the JIT reach its optimised code first.
/// </summary>
internal static class QuickMeasure
{
    /// <summary>
    /// Runs <paramref name="body"/> (which performs <paramref name="operationsPerRound"/> operations per call)
    /// once to warm up and then <paramref name="rounds"/> times, printing each round; returns the median
    /// nanoseconds per operation.
    /// </summary>
    public static double NanosecondsPerOperation(string label, int rounds, long operationsPerRound, Action body, TextWriter output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        body();
        var samples = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            var start = Stopwatch.GetTimestamp();
            body();
            var elapsed = Stopwatch.GetElapsedTime(start);
            samples[round] = elapsed.TotalNanoseconds / operationsPerRound;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label} round {round + 1}/{rounds}: {Format(samples[round])}/op"));
        }

        return Median(samples);
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
}
