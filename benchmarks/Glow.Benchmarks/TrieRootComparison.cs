using System.Diagnostics;
using System.Globalization;
using Glow.Core;
using Glow.State.Db;
using Glow.State.Trie;

namespace Glow.Benchmarks;

/// <summary>
/// The C# side of the ethereumjs comparison (<c>benchmarks/js/trie-root.mjs</c>): the same N entries
/// (<see cref="TrieBenchmarkWorkload"/>), timed as the script times them (insert + root, generation excluded),
/// then the commit into a <see cref="MemoryDatabase"/>, then the same build through <see cref="PatriciaTrie.SetMany"/>. Run with
/// <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- trie-root [N] [rounds]</c>.
/// </summary>
public static class TrieRootComparison
{
    public static void Run(int count, int rounds, TextWriter output)
    {
        var generation = Stopwatch.StartNew();
        var entries = TrieBenchmarkWorkload.Generate(count);
        output.WriteLine(Invariant($"entries: {count}, generated in {generation.Elapsed.TotalSeconds:F2} s (not included below)"));

        var build = new double[rounds];
        var roots = new List<Hash256>();
        var commit = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            using var db = new MemoryDatabase();
            var trie = new PatriciaTrie(new TrieNodeStore(db));
            var pauseBefore = GC.GetTotalPauseDuration();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var watch = Stopwatch.StartNew();
            TrieBenchmarkWorkload.Insert(trie, entries);
            var insert = watch.Elapsed.TotalSeconds;
            var root = trie.RootHash;
            build[round] = watch.Elapsed.TotalSeconds;
            roots.Add(root);
            var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
            var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;

            watch.Restart();
            int written;
            double queued;
            using (var batch = db.StartBatch())
            {
                trie.Commit(batch);
                written = batch.Count;
                queued = watch.Elapsed.TotalSeconds;
                batch.Commit();
            }

            commit[round] = watch.Elapsed.TotalSeconds;
            output.WriteLine(Invariant(
                $"round {round + 1}: root {root}; insert {insert:F2} s + root {build[round] - insert:F2} s = {build[round]:F2} s (CPU {cpu:F2} s, GC pauses {pause:F2} s); commit {written} nodes: into the batch {queued:F2} s, batch into MemoryDatabase {commit[round] - queued:F2} s"));
        }

        var bulk = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            var trie = new PatriciaTrie();
            var watch = Stopwatch.StartNew();
            trie.SetMany(entries);
            var root = trie.RootHash;
            bulk[round] = watch.Elapsed.TotalSeconds;
            roots.Add(root);
            output.WriteLine(Invariant($"round {round + 1}: root {root}; SetMany (both cores) + root {bulk[round]:F2} s"));
        }

        if (TrieBenchmarkWorkload.KnownRoot(count) is { } known)
        {
            output.WriteLine(Invariant($"ethereumjs root for {count} entries: {known} ({(roots.All(r => r == known) ? "matches" : "DIFFERS")})"));
        }

        output.WriteLine(Invariant($"Glow insert + root (median of {rounds}): {Median(build):F2} s; commit: {Median(commit):F2} s; SetMany + root: {Median(bulk):F2} s"));
    }

    private static double Median(double[] samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
