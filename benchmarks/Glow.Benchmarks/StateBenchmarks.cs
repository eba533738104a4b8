using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Glow.Core;
using Glow.Core.Numerics;
using Glow.State;
using Glow.State.Db;

namespace Glow.Benchmarks;

/// <summary>
/// The world state on SQLite (<see cref="StateBenchmarkWorkload"/> accounts): building N accounts and committing them
/// into a new database; one block-like commit of 10,000 account and 20,000 storage writes on top of the N accounts;
/// random account reads of the latest state through a view (flat table) and at the same root through the tries.
/// <c>utg bench state</c> runs the same workload at 1,000,000 accounts with the ethereumjs comparison.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class StateBenchmarks : IDisposable
{
    private const int Reads = 100_000;
    private DirectoryInfo _directory = null!;
    private SqliteDatabase _database = null!;
    private StateStore _store = null!;
    private Address[] _readAddresses = [];
    private ulong _block;
    private Random _random = null!;

    [Params(100_000)]
    public int Accounts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("glow-bdn-state-");
        _database = SqliteDatabase.Open(_directory.FullName);
        _store = new StateStore(_database);
        var state = _store.BeginLatest();
        StateBenchmarkWorkload.Populate(state, Accounts);
        state.Commit(0);
        var random = new Random(3);
        _readAddresses = Enumerable.Range(0, Reads).Select(_ => StateBenchmarkWorkload.Address((ulong)random.Next(Accounts))).ToArray();
        _random = new Random(5);
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
        if (disposing && _database is not null)
        {
            _database.Dispose();
            _directory.Delete(recursive: true);
            _database = null!;
        }
    }

    [Benchmark]
    public Hash256 BuildAndCommitToNewDatabase()
    {
        var directory = Directory.CreateTempSubdirectory("glow-bdn-state-build-");
        try
        {
            using var database = SqliteDatabase.Open(directory.FullName);
            var state = new StateStore(database).BeginLatest();
            StateBenchmarkWorkload.Populate(state, Accounts);
            return state.Commit(0);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Benchmark]
    public Hash256 BlockMixCommit()
    {
        var state = _store.BeginLatest();
        for (var i = 0; i < 10_000; i++)
        {
            state.AddBalance(StateBenchmarkWorkload.Address((ulong)_random.Next(Accounts)), UInt256.One);
        }

        for (var i = 0; i < 20_000; i++)
        {
            state.SetStorage(StateBenchmarkWorkload.Address((ulong)_random.Next(100)), (ulong)_random.Next(1 << 20), (ulong)_random.Next(1, int.MaxValue));
        }

        state.FinishTransaction(false);
        return state.Commit(++_block);
    }

    [Benchmark(OperationsPerInvoke = Reads)]
    public UInt256 RandomReadsLatest() => ReadAll(_store.ViewLatest());

    [Benchmark(OperationsPerInvoke = Reads)]
    public UInt256 RandomReadsThroughTries() => ReadAll(_store.ViewAt(_store.HeadRoot));

    private UInt256 ReadAll(StateView view)
    {
        var total = UInt256.Zero;
        foreach (var address in _readAddresses)
        {
            total += view.GetBalance(address);
        }

        return total;
    }
}
