using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Glow.Core.Encoding;

namespace Glow.Cli.Bench;

/// <summary>
/// Runs <c>benchmarks/js/evm-bench.mjs</c> (ethereumjs's EVM) on the benchmark contracts and reads its figures back.
/// Optional: when Node.js or the npm packages are missing it says so and the benchmark goes on without the ratio.
/// </summary>
internal static class EthereumJsReference
{
    /// <summary>MGas/s (by wall clock and by process CPU time) and execution gas per contract name, or null when the reference could not run.</summary>
    public static Dictionary<string, EvmRate>? Run(IReadOnlyList<EvmBenchContract> contracts, int rounds, TextWriter output)
    {
        var folder = FindScriptFolder();
        if (folder is null || !Directory.Exists(Path.Combine(folder, "node_modules", "@ethereumjs", "evm")))
        {
            output.WriteLine("ethereumjs reference skipped: run `npm ci` in benchmarks/js (needs Node.js) to compare");
            return null;
        }

        var start = new ProcessStartInfo("node", ["evm-bench.mjs"])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            output.WriteLine($"ethereumjs reference skipped: cannot start node ({e.Message})");
            return null;
        }

        using (process)
        {
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    output.WriteLine(e.Data);
                }
            };
            process.BeginErrorReadLine();
            process.StandardInput.Write(Describe(contracts, rounds));
            process.StandardInput.Close();
            var results = new Dictionary<string, EvmRate>();
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (!line.StartsWith("RESULT ", StringComparison.Ordinal))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line["RESULT ".Length..]);
                var root = json.RootElement;
                var gas = ulong.Parse(root.GetProperty("gas").GetString()!, CultureInfo.InvariantCulture);
                var milliseconds = root.GetProperty("medianMs").GetDouble();
                var cpuMilliseconds = root.GetProperty("medianCpuMs").GetDouble();
                results[root.GetProperty("name").GetString()!] = new EvmRate(gas / milliseconds / 1e3, gas / cpuMilliseconds / 1e3, gas);
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                output.WriteLine($"ethereumjs reference failed (exit code {process.ExitCode})");
            }

            return results;
        }
    }

    private static string Describe(IReadOnlyList<EvmBenchContract> contracts, int rounds)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("caller", EvmBenchContract.Caller.ToString());
            json.WriteString("address", EvmBenchContracts.Address.ToString());
            json.WriteNumber("rounds", rounds);
            json.WriteStartArray("contracts");
            foreach (var contract in contracts)
            {
                json.WriteStartObject();
                json.WriteString("name", contract.Name);
                json.WriteString("code", Hex.Encode(contract.Code));
                json.WriteStartArray("storage");
                foreach (var (slot, value) in contract.Storage)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(slot.ToHexString());
                    json.WriteStringValue(value.ToHexString());
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteStartArray("calls");
                foreach (var (data, gas) in contract.Calls)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(Hex.Encode(data));
                    json.WriteNumberValue(gas);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary><c>benchmarks/js</c> of the repository holding the running binary or the current directory.</summary>
    private static string? FindScriptFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "benchmarks", "js", "evm-bench.mjs");
                if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Glow.slnx")))
                {
                    return Path.GetDirectoryName(candidate);
                }
            }
        }

        return null;
    }
}
