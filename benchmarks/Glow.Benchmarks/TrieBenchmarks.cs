using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Glow.Core;
using Glow.Core.Db;
using Glow.State.Db;
using Glow.State.Trie;

namespace Glow.Benchmarks;

/// <summary>
/// The Patricia trie on <see cref="TrieBenchmarkWorkload"/> entries (N random 32-byte keys, account-sized RLP values):
/// building it and hashing the root, one key at a time and through <see cref="PatriciaTrie.SetMany"/>; the same plus the commit into a batch that discards its writes (the trie's own
/// cost) and into a <see cref="MemoryDatabase"/>; random reads from the committed trie in memory and from a trie
/// reopened at its root (nodes loaded through the store and its cache). Few iterations: one build of 1,000,000
/// entries takes seconds.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class TrieBenchmarks : IDisposable
{
    private const int Reads = 100_000;

    private KeyValuePair<byte[], byte[]>[] _entries = [];
    private byte[][] _readKeys = [];
    private MemoryDatabase _database = null!;
    private PatriciaTrie _committed = null!;
    private Hash256 _root;

    [Params(10_000, 1_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _entries = TrieBenchmarkWorkload.Generate(Count);
        var random = new Random(42);
        _readKeys = Enumerable.Range(0, Reads).Select(_ => _entries[random.Next(Count)].Key).ToArray();
        _database = new MemoryDatabase();
        _committed = new PatriciaTrie(new TrieNodeStore(_database));
        TrieBenchmarkWorkload.Insert(_committed, _entries);
        using var batch = _database.StartBatch();
        _root = _committed.Commit(batch);
        batch.Commit();
    }

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _database?.Dispose();
        }
    }

    [Benchmark]
    public Hash256 InsertAndRoot()
    {
        var trie = new PatriciaTrie();
        TrieBenchmarkWorkload.Insert(trie, _entries);
        return trie.RootHash;
    }

    [Benchmark]
    public Hash256 SetManyAndRoot()
    {
        var trie = new PatriciaTrie();
        trie.SetMany(_entries);
        return trie.RootHash;
    }

    [Benchmark]
    public Hash256 InsertAndCommitToDiscardingBatch()
    {
        var trie = new PatriciaTrie();
        TrieBenchmarkWorkload.Insert(trie, _entries);
        using var batch = new DiscardingBatch();
        return trie.Commit(batch);
    }

    [Benchmark]
    public Hash256 InsertAndCommitToMemoryDatabase()
    {
        using var database = new MemoryDatabase();
        return TrieBenchmarkWorkload.BuildAndCommit(database, _entries);
    }

    [Benchmark(OperationsPerInvoke = Reads)]
    public int RandomReadsInMemory() => ReadAll(_committed);

    [Benchmark(OperationsPerInvoke = Reads)]
    public int RandomReadsThroughStore() => ReadAll(new PatriciaTrie(new TrieNodeStore(_database), _root));

    private int ReadAll(PatriciaTrie trie)
    {
        var total = 0;
        foreach (var key in _readKeys)
        {
            trie.TryGet(key, out var value);
            total += value.Length;
        }

        return total;
    }

    /// <summary>A batch that only counts: what committing costs the trie itself.</summary>
    private sealed class DiscardingBatch : IWriteBatch
    {
        public int Count { get; private set; }

        public void Put(DbTable table, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => Count++;

        public void Delete(DbTable table, ReadOnlySpan<byte> key) => Count++;

        public void Commit()
        {
        }

        public void Dispose()
        {
        }
    }
}
