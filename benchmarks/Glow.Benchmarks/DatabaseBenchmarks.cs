using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Glow.Core.Db;
using Glow.State.Db;

namespace Glow.Benchmarks;

/// <summary>
/// SqliteDatabase with the default settings: 1,000,000 rows of 32-byte random keys (hash-like, so inserts land
/// all over the B-tree) and 100-byte values, written in one batch and in batches of 10,000; then random point
/// reads of present keys from one and from two threads. Times are per row (per read): rows/s = 1e9 / ns.
/// Run: <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- --filter '*DatabaseBenchmarks*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class DatabaseBenchmarks
{
    private const int Rows = 1_000_000;
    private const int KeyLength = 32;
    private const int ValueLength = 100;
    private const int Reads = 400_000;

    private byte[] _keys = [];
    private byte[] _values = [];
    private int[] _readOrder = [];
    private string _directory = "";
    private SqliteDatabase? _database;

    [GlobalSetup(Targets = [nameof(Insert_1M_rows_in_one_batch), nameof(Insert_1M_rows_in_batches_of_10000)])]
    public void SetupInserts() => GenerateRows();

    [IterationSetup(Targets = [nameof(Insert_1M_rows_in_one_batch), nameof(Insert_1M_rows_in_batches_of_10000)])]
    public void OpenEmpty()
    {
        _directory = Directory.CreateTempSubdirectory("glow-bench-").FullName;
        _database = SqliteDatabase.Open(_directory);
    }

    [IterationCleanup(Targets = [nameof(Insert_1M_rows_in_one_batch), nameof(Insert_1M_rows_in_batches_of_10000)])]
    public void DeleteDatabase()
    {
        _database?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [GlobalSetup(Targets = [nameof(Random_reads_one_thread), nameof(Random_reads_two_threads)])]
    public void SetupReads()
    {
        GenerateRows();
        OpenEmpty();
        Insert(10_000);
        var random = new Random(7);
        _readOrder = new int[Reads];
        for (var i = 0; i < Reads; i++)
        {
            _readOrder[i] = random.Next(Rows);
        }
    }

    [GlobalCleanup(Targets = [nameof(Random_reads_one_thread), nameof(Random_reads_two_threads)])]
    public void CleanupReads() => DeleteDatabase();

    [Benchmark(OperationsPerInvoke = Rows)]
    public void Insert_1M_rows_in_one_batch() => Insert(Rows);

    [Benchmark(OperationsPerInvoke = Rows)]
    public void Insert_1M_rows_in_batches_of_10000() => Insert(10_000);

    [Benchmark(OperationsPerInvoke = Reads)]
    public int Random_reads_one_thread() => Read(0, Reads);

    [Benchmark(OperationsPerInvoke = Reads)]
    public int Random_reads_two_threads()
    {
        var half = Task.Run(() => Read(0, Reads / 2));
        var found = Read(Reads / 2, Reads);
        return found + half.GetAwaiter().GetResult();
    }

    private void GenerateRows()
    {
        var random = new Random(42);
        _keys = new byte[Rows * KeyLength];
        _values = new byte[Rows * ValueLength];
        random.NextBytes(_keys);
        random.NextBytes(_values);
    }

    private void Insert(int batchSize)
    {
        var database = _database!;
        for (var start = 0; start < Rows; start += batchSize)
        {
            using var batch = database.StartBatch();
            var end = Math.Min(Rows, start + batchSize);
            for (var i = start; i < end; i++)
            {
                batch.Put(DbTable.TrieNodes, _keys.AsSpan(i * KeyLength, KeyLength), _values.AsSpan(i * ValueLength, ValueLength));
            }

            batch.Commit();
        }
    }

    private int Read(int from, int to)
    {
        var table = _database![DbTable.TrieNodes];
        var found = 0;
        for (var r = from; r < to; r++)
        {
            var i = _readOrder[r];
            var value = table.Get(_keys.AsSpan(i * KeyLength, KeyLength));
            found += value is null ? 0 : 1;
        }

        return found != to - from ? throw new InvalidOperationException("a key written was not read back") : found;
    }
}
