using System.Diagnostics;
using System.Globalization;

namespace Glow.Benchmarks;

/// <summary>
/// A quick timing of <see cref="TxPoolBenchmarks"/> with CPU time beside wall-clock time (meaningful on a loaded
/// machine): <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- txpool-quick [rounds]</c>.
/// Prints the median over the rounds.
/// </summary>
public static class TxPoolQuickTimer
{
    public static void Run(int rounds, TextWriter output)
    {
        var benchmarks = new TxPoolBenchmarks();
        benchmarks.Setup();
        var cases = new (string Name, Func<int> Call)[]
        {
            ("AddRange 50k (new pool)", benchmarks.AddRangeIntoNewPool),
            ("Select 100M-gas block", benchmarks.Select100MGasBlock),
            ("AddRange 50k recovering", benchmarks.AddRangeRecoveringIntoNewPool),
        };

        var process = Process.GetCurrentProcess();
        foreach (var (name, call) in cases)
        {
            for (var i = 0; i < 3; i++)
            {
                call();
            }

            var wall = new List<double>();
            var cpu = new List<double>();
            var result = 0;
            for (var r = 0; r < rounds; r++)
            {
                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                result = call();
                var elapsed = watch.Elapsed;
                process.Refresh();
                wall.Add(elapsed.TotalMilliseconds);
                cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds);
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-26} median {Median(wall),9:F2} ms wall, {Median(cpu),9:F2} ms CPU ({rounds} rounds; result {result})"));
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
