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
            ("modexp 64-bit mod, 8 Kib exp", benchmarks.ModExpSmallModulusLongExponent),
            ("bn254 add", benchmarks.Bn254Add),
            ("bn254 mul", benchmarks.Bn254Mul),
            ("bn254 pairing 2 pairs", benchmarks.Bn254Pairing2),
            ("blake2f 12 rounds", benchmarks.Blake2F),
        };

        var process = Process.GetCurrentProcess();
        foreach (var (name, call) in cases)
        {
            // Warm up past tiered compilation: twice, at least 200 calls and 1.5 s, then a pause for the
            // background tier-1 compiler (which a loaded machine can starve). Then calibrate to roughly 20 ms of
            // work per round.
            var watch = Stopwatch.StartNew();
            for (var pass = 0; pass < 2; pass++)
            {
                watch.Restart();
                for (var i = 0; i < 200 || watch.ElapsedMilliseconds < 1500; i++)
                {
                    call();
                }

                Thread.Sleep(500);
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
