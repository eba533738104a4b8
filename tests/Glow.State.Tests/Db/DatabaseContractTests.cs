using System.Buffers.Binary;
using Glow.Core.Db;
using Glow.State.Db;

namespace Glow.State.Tests.Db;

/// <summary>
/// What every <see cref="IDatabase"/> does, whatever holds the data: run against the in-memory database and
/// against SQLite by the subclasses.
/// </summary>
public abstract class DatabaseContractTests
{
    /// <summary>A new, empty database; the subclass disposes what it needs to after the test.</summary>
    protected abstract IDatabase CreateDatabase();

    [Fact]
    public void Batch_writes_are_invisible_until_commit_and_then_all_visible()
    {
        using var db = CreateDatabase();
        using var batch = db.StartBatch();
        batch.Put(DbTable.Code, [1], [10]);
        batch.Put(DbTable.TrieNodes, [2], [20]);

        Assert.Null(db[DbTable.Code].Get([1]));
        batch.Commit();

        Assert.Equal([10], db[DbTable.Code].Get([1]));
        Assert.Equal([20], db[DbTable.TrieNodes].Get([2]));
        Assert.Null(db[DbTable.Code].Get([2]));
    }

    [Fact]
    public void A_disposed_batch_writes_nothing()
    {
        using var db = CreateDatabase();
        using (var batch = db.StartBatch())
        {
            batch.Put(DbTable.Metadata, [1], [1]);
        }

        Assert.False(db[DbTable.Metadata].Contains([1]));
    }

    [Fact]
    public void Iteration_is_in_unsigned_key_order_within_a_prefix()
    {
        using var db = CreateDatabase();
        var table = db[DbTable.Code];
        table.Put([1, 0xff], [3]);
        table.Put([1, 0x00], [1]);
        table.Put([1, 0x7f], [2]);
        table.Put([2], [4]);
        table.Delete([9]);

        Assert.Equal([[1], [2], [3]], table.Iterate([1]).Select(e => e.Value).ToArray());
        Assert.Equal(4, table.Iterate([]).Count());
    }

    [Fact]
    public void Get_returns_null_for_a_missing_key_and_Contains_agrees()
    {
        using var db = CreateDatabase();
        var table = db[DbTable.Code];
        table.Put([1, 2, 3], [4]);

        Assert.Null(table.Get([1, 2]));
        Assert.False(table.Contains([1, 2]));
        Assert.True(table.Contains([1, 2, 3]));
        Assert.Null(table.Get([1, 2, 3, 0]));
    }

    [Fact]
    public void Put_overwrites_and_Delete_removes()
    {
        using var db = CreateDatabase();
        var table = db[DbTable.TrieNodes];
        table.Put([7], [1]);
        table.Put([7], [2, 2]);
        Assert.Equal([2, 2], table.Get([7]));

        table.Delete([7]);
        table.Delete([7]);
        table.Delete([8]);
        Assert.Null(table.Get([7]));
        Assert.Empty(table.Iterate([]));
    }

    [Fact]
    public void Later_writes_to_a_key_in_one_batch_win()
    {
        using var db = CreateDatabase();
        db[DbTable.Code].Put([5], [50]);
        using var batch = db.StartBatch();
        batch.Put(DbTable.Code, [1], [1]);
        batch.Delete(DbTable.Code, [1]);
        batch.Put(DbTable.Code, [2], [2]);
        batch.Put(DbTable.Code, [2], [3]);
        batch.Delete(DbTable.Code, [5]);
        batch.Put(DbTable.Code, [5], [51]);
        batch.Delete(DbTable.Code, [6]);
        batch.Commit();

        Assert.Null(db[DbTable.Code].Get([1]));
        Assert.Equal([3], db[DbTable.Code].Get([2]));
        Assert.Equal([51], db[DbTable.Code].Get([5]));
    }

    [Fact]
    public void A_batch_deletes_committed_keys()
    {
        using var db = CreateDatabase();
        db[DbTable.Metadata].Put("a"u8, [1]);
        db[DbTable.Metadata].Put("b"u8, [2]);
        using var batch = db.StartBatch();
        batch.Delete(DbTable.Metadata, "a"u8);
        Assert.True(db[DbTable.Metadata].Contains("a"u8));
        batch.Commit();

        Assert.False(db[DbTable.Metadata].Contains("a"u8));
        Assert.True(db[DbTable.Metadata].Contains("b"u8));
    }

    [Fact]
    public void Empty_values_and_empty_keys_are_stored_and_differ_from_absence()
    {
        using var db = CreateDatabase();
        var table = db[DbTable.Code];
        table.Put([1], []);
        table.Put([], [9]);

        Assert.Equal(Array.Empty<byte>(), table.Get([1]));
        Assert.True(table.Contains([1]));
        Assert.Equal([9], table.Get([]));
        Assert.Equal([[], [1]], table.Iterate([]).Select(e => e.Key).ToArray());
    }

    [Fact]
    public void Tables_are_separate()
    {
        using var db = CreateDatabase();
        using var batch = db.StartBatch();
        foreach (var table in Enum.GetValues<DbTable>())
        {
            batch.Put(table, [0xab], [(byte)table]);
        }

        batch.Commit();
        foreach (var table in Enum.GetValues<DbTable>())
        {
            Assert.Equal(new[] { (byte)table }, db[table].Get([0xab]));
            Assert.Single(db[table].Iterate([0xab]));
        }
    }

    [Fact]
    public void Prefixes_ending_in_0xff_reach_the_end_of_their_range()
    {
        using var db = CreateDatabase();
        var table = db[DbTable.TrieNodes];
        byte[][] keys = [[0xfe], [0xfe, 0xff], [0xff], [0xff, 0x00], [0xff, 0xff], [0xff, 0xff, 0x01], [1, 0xff], [1, 0xff, 0], [2]];
        foreach (var key in keys)
        {
            table.Put(key, key);
        }

        Assert.Equal([[0xff], [0xff, 0x00], [0xff, 0xff], [0xff, 0xff, 0x01]], table.Iterate([0xff]).Select(e => e.Key).ToArray());
        Assert.Equal([[0xff, 0xff], [0xff, 0xff, 0x01]], table.Iterate([0xff, 0xff]).Select(e => e.Key).ToArray());
        Assert.Equal([[1, 0xff], [1, 0xff, 0]], table.Iterate([1, 0xff]).Select(e => e.Key).ToArray());
        Assert.Equal([[0xfe], [0xfe, 0xff]], table.Iterate([0xfe]).Select(e => e.Key).ToArray());
    }

    [Fact]
    public void Iteration_of_everything_matches_a_byte_wise_sort()
    {
        using var db = CreateDatabase();
        var random = new Random(1234);
        var keys = new List<byte[]>();
        using (var batch = db.StartBatch())
        {
            for (var i = 0; i < 2000; i++)
            {
                var key = new byte[random.Next(0, 6)];
                random.NextBytes(key);
                keys.Add(key);
                batch.Put(DbTable.TrieNodes, key, key);
            }

            batch.Commit();
        }

        var expected = keys.Distinct(new KeyEquality()).Order(ByteKeyComparer.Instance).ToArray();
        var actual = db[DbTable.TrieNodes].Iterate([]).ToArray();
        Assert.Equal(expected, actual.Select(e => e.Key).ToArray());
        Assert.All(actual, e => Assert.Equal(e.Key, e.Value));
    }

    [Fact]
    public void Random_puts_and_deletes_end_as_the_last_write_to_each_key_says()
    {
        using var db = CreateDatabase();
        var random = new Random(99);
        var model = new SortedDictionary<byte[], byte[]>(ByteKeyComparer.Instance);
        for (var round = 0; round < 3; round++)
        {
            using var batch = db.StartBatch();
            for (var op = 0; op < 20_000; op++)
            {
                // Short keys over a small alphabet: many writes per key, and keys that share their first bytes.
                var key = new byte[random.Next(0, 4)];
                for (var b = 0; b < key.Length; b++)
                {
                    key[b] = (byte)random.Next(0, 3);
                }

                var table = random.Next(2) == 0 ? DbTable.Code : DbTable.TrieNodes;
                var modelKey = (byte[])[(byte)table, .. key];
                if (random.Next(4) == 0)
                {
                    batch.Delete(table, key);
                    model.Remove(modelKey);
                }
                else
                {
                    var value = BitConverter.GetBytes((round * 20_000) + op);
                    batch.Put(table, key, value);
                    model[modelKey] = value;
                }
            }

            batch.Commit();
        }

        var actual = db[DbTable.Code].Iterate([]).Select(e => ((byte[])[(byte)DbTable.Code, .. e.Key], e.Value))
            .Concat(db[DbTable.TrieNodes].Iterate([]).Select(e => ((byte[])[(byte)DbTable.TrieNodes, .. e.Key], e.Value)))
            .OrderBy(e => e.Item1, ByteKeyComparer.Instance)
            .Select(e => $"{Convert.ToHexString(e.Item1)}={Convert.ToHexString(e.Value)}");
        Assert.Equal(model.Select(e => $"{Convert.ToHexString(e.Key)}={Convert.ToHexString(e.Value)}"), actual);
    }

    [Fact]
    public void Iteration_does_not_see_writes_made_while_it_runs()
    {
        using var db = CreateDatabase();
        var table = db[DbTable.Code];
        for (byte i = 0; i < 10; i++)
        {
            table.Put([1, i], [i]);
        }

        var seen = new List<byte[]>();
        foreach (var (key, _) in table.Iterate([1]))
        {
            if (seen.Count == 0)
            {
                table.Put([1, 5, 5], [0]);
                table.Delete([1, 9]);
            }

            seen.Add(key);
        }

        Assert.Equal(10, seen.Count);
        Assert.Equal([1, 9], seen[^1]);
        Assert.Equal(10, table.Iterate([1]).Count());
    }

    [Fact]
    public void A_batch_commits_once_and_takes_no_writes_after()
    {
        using var db = CreateDatabase();
        var batch = db.StartBatch();
        batch.Put(DbTable.Code, [1], [1]);
        batch.Delete(DbTable.Code, [2]);
        Assert.Equal(2, batch.Count);
        batch.Commit();

        Assert.Throws<ObjectDisposedException>(batch.Commit);
        Assert.Throws<ObjectDisposedException>(() => batch.Put(DbTable.Code, [3], [3]));
        batch.Dispose();
        Assert.Equal([1], db[DbTable.Code].Get([1]));
    }

    [Fact]
    public void Stored_values_are_copies()
    {
        using var db = CreateDatabase();
        var value = new byte[] { 1, 2, 3 };
        db[DbTable.Code].Put([1], value);
        value[0] = 9;
        var read = db[DbTable.Code].Get([1])!;
        read[1] = 9;

        Assert.Equal([1, 2, 3], db[DbTable.Code].Get([1]));
    }

    [Fact]
    public async Task Readers_never_see_part_of_a_batch()
    {
        using var db = CreateDatabase();
        const int Keys = 20;
        const int Batches = 300;
        const int Snapshots = 200;
        var done = 0;
        var snapshots = 0;
        var lastBatch = 0;
        var writer = Task.Run(() =>
        {
            try
            {
                // At least Batches batches, and on until the readers have looked often enough (a fast writer
                // could otherwise finish before a reader is scheduled), within a time limit.
                var clock = System.Diagnostics.Stopwatch.StartNew();
                for (var n = 1; n <= Batches || (Volatile.Read(ref snapshots) < Snapshots && clock.Elapsed < TimeSpan.FromSeconds(30)); n++)
                {
                    using var batch = db.StartBatch();
                    for (byte k = 0; k < Keys; k++)
                    {
                        batch.Put(DbTable.TrieNodes, [7, k], Number(n));
                        batch.Put(DbTable.Code, [k], Number(n));
                    }

                    batch.Commit();
                    lastBatch = n;
                }
            }
            finally
            {
                Volatile.Write(ref done, 1);
            }
        });

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var last = 0;
            while (Volatile.Read(ref done) == 0)
            {
                var values = db[DbTable.TrieNodes].Iterate([7]).Select(e => BinaryPrimitives.ReadInt32BigEndian(e.Value)).ToArray();
                if (values.Length == 0)
                {
                    continue;
                }

                Assert.Equal(Keys, values.Length);
                Assert.All(values, v => Assert.Equal(values[0], v));
                Assert.True(values[0] >= last, "a reader went back in time");
                last = values[0];
                var code = db[DbTable.Code].Get([3]);
                Assert.True(code is not null && BinaryPrimitives.ReadInt32BigEndian(code) >= last);
                Interlocked.Increment(ref snapshots);
            }
        })).ToArray();

        await Task.WhenAll([writer, .. readers]);
        Assert.True(snapshots >= Snapshots, $"the readers took {snapshots} snapshots");
        Assert.All(db[DbTable.TrieNodes].Iterate([7]), e => Assert.Equal(Number(lastBatch), e.Value));
    }

    [Fact]
    public void Batches_from_several_threads_all_land()
    {
        using var db = CreateDatabase();
        Parallel.For(0, 4, t =>
        {
            for (var n = 0; n < 50; n++)
            {
                using var batch = db.StartBatch();
                batch.Put(DbTable.Code, [(byte)t, (byte)n], [(byte)t]);
                db[DbTable.Metadata].Put([(byte)t, (byte)n], [1]);
                batch.Commit();
            }
        });

        Assert.Equal(200, db[DbTable.Code].Iterate([]).Count());
        Assert.Equal(200, db[DbTable.Metadata].Iterate([]).Count(e => e.Key.Length == 2));
    }

    private static byte[] Number(int n)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, n);
        return bytes;
    }

    private sealed class KeyEquality : IEqualityComparer<byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj)
        {
            var hash = new HashCode();
            hash.AddBytes(obj);
            return hash.ToHashCode();
        }
    }
}
