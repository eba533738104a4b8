using System.Diagnostics;
using System.Globalization;
using Glow.Core.Numerics;
using Glow.State;
using Glow.State.Db;

namespace Glow.Cli.Bench;

/// <summary>
/// <c>utg bench state</c>: the world state on SQLite in a temporary directory. (1) N accounts
/// (<see cref="StateBenchmarkWorkload"/>, default 1,000,000) set, their root computed and everything committed;
/// (2) block-like commits of 10,000 account writes and 20,000 storage writes; (3) random account reads of the latest
/// state through a view (flat tables). With Node.js and <c>benchmarks/js</c> installed, the same N accounts go through
/// ethereumjs's trie side by side: the roots must match, and the time ratio is printed. The last line holds the three
/// headline figures.
/// </summary>
internal sealed class StateBenchmark : IQuickBenchmark
{
    private const int DefaultAccounts = 1_000_000;
    private const int AccountWritesPerBlock = 10_000;
    private const int StorageWritesPerBlock = 20_000;
    private const int Contracts = 100;
    private const int ReadsPerRound = 200_000;

    public string Name => "state";

    public string Description =>
        "world state on SQLite: N accounts committed, block-like updates/s, random reads/s; ethereumjs root side by side";

    public void Run(BenchOptions options, TextWriter output)
    {
        var accounts = options.Size ?? DefaultAccounts;
        var directory = Directory.CreateTempSubdirectory("glow-bench-state-");
        try
        {
            using var database = SqliteDatabase.Open(directory.FullName);
            var store = new StateStore(database);

            var cpuStart = Environment.CpuUsage.TotalTime;
            var (root, setSeconds, rootSeconds, commitSeconds) = Build(store, accounts);
            var cpu = (Environment.CpuUsage.TotalTime - cpuStart).TotalSeconds;
            output.WriteLine($"root of {accounts:N0} accounts: {root}");
            if (StateBenchmarkWorkload.KnownRoot(accounts) is { } known)
            {
                output.WriteLine(known == root
                    ? "  equal to the root ethereumjs computed for these accounts (recorded in StateBenchmarkWorkload)"
                    : $"  DIFFERENT from the root ethereumjs computed for these accounts: {known}");
            }
            output.WriteLine(Invariant($"  set in memory {setSeconds:F2} s, root computed {rootSeconds:F2} s, written to SQLite {commitSeconds:F2} s"));
            var total = setSeconds + rootSeconds + commitSeconds;
            output.WriteLine(Invariant($"{accounts:N0} accounts built and committed to SQLite: {total:F2} s ({cpu:F2} s of CPU time over all threads)"));

            var updates = BlockMix(store, accounts, options.Rounds, output);
            var reads = RandomReads(store, accounts, options.Rounds, output);

            if (options.Reference)
            {
                CompareWithEthereumJs(accounts, root, setSeconds + rootSeconds, output);
            }

            output.WriteLine(Invariant(
                $"state: {accounts:N0} accounts committed in {total:F2} s; block mix {updates:N0} updates/s; random reads {reads:N0} accounts/s"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static (Glow.Core.Hash256 Root, double Set, double Hash, double Commit) Build(StateStore store, int accounts)
    {
        var state = store.BeginLatest();
        var start = Stopwatch.GetTimestamp();
        StateBenchmarkWorkload.Populate(state, accounts);
        var set = Stopwatch.GetElapsedTime(start).TotalSeconds;
        start = Stopwatch.GetTimestamp();
        var computed = state.ComputeStateRoot();
        var hashed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        start = Stopwatch.GetTimestamp();
        var root = state.Commit(0);
        var commit = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return computed == root
            ? (root, set, hashed, commit)
            : throw new InvalidOperationException($"The committed root {root} differs from the computed {computed}.");
    }

    /// <summary>Blocks of 10,000 balance changes on random accounts and 20,000 storage writes into 100 contracts, each committed.</summary>
    private static double BlockMix(StateStore store, int accounts, int rounds, TextWriter output)
    {
        var random = new Random(7);
        var state = store.BeginLatest();
        var block = 1ul;
        var perSecond = new double[rounds];
        for (var round = -1; round < rounds; round++)
        {
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < AccountWritesPerBlock; i++)
            {
                state.AddBalance(StateBenchmarkWorkload.Address((ulong)random.Next(accounts)), UInt256.One);
            }

            for (var i = 0; i < StorageWritesPerBlock; i++)
            {
                var contract = StateBenchmarkWorkload.Address((ulong)random.Next(Math.Min(Contracts, accounts)));
                state.SetStorage(contract, (ulong)random.Next(1 << 20), (ulong)random.Next(1, int.MaxValue));
            }

            state.FinishTransaction(false);
            state.Commit(block++);
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (round >= 0)
            {
                perSecond[round] = (AccountWritesPerBlock + StorageWritesPerBlock) / seconds;
                output.WriteLine(Invariant($"  block mix round {round + 1}/{rounds}: {seconds * 1000:F0} ms, {perSecond[round]:N0} updates/s"));
            }
        }

        var median = QuickMeasure.Median(perSecond);
        output.WriteLine(Invariant($"median block mix (10,000 account + 20,000 storage writes, committed): {median:N0} updates/s"));
        return median;
    }

    private static double RandomReads(StateStore store, int accounts, int rounds, TextWriter output)
    {
        var random = new Random(11);
        var addresses = new Glow.Core.Address[ReadsPerRound];
        for (var i = 0; i < addresses.Length; i++)
        {
            addresses[i] = StateBenchmarkWorkload.Address((ulong)random.Next(accounts));
        }

        var view = store.ViewLatest();
        var sink = UInt256.Zero;
        var timing = QuickMeasure.Run("random account read", rounds, ReadsPerRound, () =>
        {
            foreach (var address in addresses)
            {
                sink += view.GetBalance(address);
            }
        }, output);
        var perSecond = 1e9 / timing.WallNanoseconds;
        output.WriteLine(Invariant($"median random account reads (latest state, flat table): {perSecond:N0} reads/s ({1e9 / timing.CpuNanoseconds:N0} per CPU second)"));
        GC.KeepAlive(sink.ToString());
        return perSecond;
    }

    private static void CompareWithEthereumJs(int accounts, Glow.Core.Hash256 root, double ourSeconds, TextWriter output)
    {
        var script = FindScript();
        if (script is null)
        {
            output.WriteLine("ethereumjs comparison skipped: benchmarks/js with node_modules not found (run `npm ci --prefix benchmarks/js` in the repository)");
            return;
        }

        output.WriteLine($"running ethereumjs on the same {accounts:N0} accounts ({script}); this takes minutes for 1,000,000 ...");
        var start = new ProcessStartInfo("node", [script, accounts.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string text;
        try
        {
            using var process = Process.Start(start)!;
            text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            output.WriteLine($"ethereumjs comparison skipped: node could not start ({e.Message})");
            return;
        }

        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var theirRoot = lines.FirstOrDefault(line => line.StartsWith("root: ", StringComparison.Ordinal))?[6..];
        var timeLine = lines.FirstOrDefault(line => line.Contains("insert + root:", StringComparison.Ordinal));
        if (theirRoot is null || timeLine is null
            || !double.TryParse(timeLine[(timeLine.LastIndexOf(':') + 1)..].Trim().TrimEnd('s').Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var theirSeconds))
        {
            output.WriteLine($"ethereumjs comparison failed: unexpected output: {text.Trim()}");
            return;
        }

        output.WriteLine($"ethereumjs root: {theirRoot} ({(theirRoot == root.ToString() ? "matches" : "DIFFERS")})");
        output.WriteLine(Invariant($"insert + root: Glow {ourSeconds:F2} s, ethereumjs {theirSeconds:F2} s; ethereumjs / Glow = {theirSeconds / ourSeconds:F1}x"));
    }

    /// <summary><c>benchmarks/js/state-root.mjs</c> of the repository above the current directory, when its packages are installed.</summary>
    private static string? FindScript()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var script = Path.Combine(directory.FullName, "benchmarks", "js", "state-root.mjs");
            if (File.Exists(script) && Directory.Exists(Path.Combine(directory.FullName, "benchmarks", "js", "node_modules", "@ethereumjs")))
            {
                return script;
            }
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
