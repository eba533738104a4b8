using System.Diagnostics;
using System.Globalization;

namespace Glow.Benchmarks;

/// <summary>
/// A quick per-operation timing of the precompile benchmarks that also reports process CPU time, which stays
/// meaningful on a loaded machine where wall-clock time includes waiting for a core:
/// <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- precompiles-quick [rounds]</c>.
/// Prints, per operation, the median over the rounds of wall-clock and CPU time per call.
/// </summary>
public static class PrecompileQuickTimer
{
    public static void Run(int rounds, TextWriter output)
    {
        var benchmarks = new PrecompileBenchmarks();
        benchmarks.Setup();
        var cases = new (string Name, Func<byte[]> Call)[]
        {
            ("ecrecover", benchmarks.EcRecover),
            ("sha256 1 KiB", benchmarks.Sha256),
            ("ripemd160 1 KiB", benchmarks.Ripemd160),
            ("modexp 256-bit", benchmarks.ModExp256),
            ("modexp 2048-bit e=65537", benchmarks.ModExpRsa2048),
            ("bn254 add", benchmarks.Bn254Add),
            ("bn254 mul", benchmarks.Bn254Mul),
            ("bn254 pairing 2 pairs", benchmarks.Bn254Pairing2),
            ("blake2f 12 rounds", benchmarks.Blake2F),
        };

        var process = Process.GetCurrentProcess();
        foreach (var (name, call) in cases)
        {
            // Warm up past tiered compilation (at least 100 calls and 300 ms, with a pause for the background
            // tier-1 compile), then calibrate to roughly 20 ms of work per round.
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < 100 || watch.ElapsedMilliseconds < 300; i++)
            {
                call();
            }

            Thread.Sleep(200);
            for (var i = 0; i < 20; i++)
            {
                call();
            }

            watch.Restart();
            var calibration = 0;
            while (watch.ElapsedMilliseconds < 20)
            {
                call();
                calibration++;
            }

            var perRound = Math.Max(1, calibration);
            var wall = new List<double>();
            var cpu = new List<double>();
            for (var r = 0; r < rounds; r++)
            {
                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                watch.Restart();
                for (var i = 0; i < perRound; i++)
                {
                    call();
                }

                var elapsed = watch.Elapsed;
                process.Refresh();
                wall.Add(elapsed.TotalMicroseconds / perRound);
                cpu.Add((process.TotalProcessorTime - cpuStart).TotalMicroseconds / perRound);
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-26} median {Median(wall),10:F2} µs/op wall, {Median(cpu),10:F2} µs/op CPU ({rounds} rounds of {perRound})"));
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
