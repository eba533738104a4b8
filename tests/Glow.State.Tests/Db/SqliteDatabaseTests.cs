using Glow.Core.Db;
using Glow.State.Db;

namespace Glow.State.Tests.Db;

/// <summary>What SqliteDatabase adds to the contract: the native library, files, persistence, spilled batches.</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Native_sqlite_library_loads_under_this_runtime()
    {
        var version = SqliteDatabase.SqliteVersion;

        Assert.StartsWith("3.", version, StringComparison.Ordinal);
        Assert.True(Version.Parse(version) >= new Version(3, 35), version);
    }

    [Fact]
    public void Creates_one_file_in_wal_mode_with_the_schema_version()
    {
        using (var db = SqliteDatabase.Open(_directory.Path))
        {
            Assert.Equal(_directory.File(SqliteDatabase.FileName), db.FilePath);
            Assert.Equal("1"u8.ToArray(), db[DbTable.Metadata].Get("schema-version"u8));
            Assert.Equal(1, SqliteDatabase.SchemaVersion);
        }

        // Bytes 18 and 19 of the SQLite header are 2 in WAL mode (file format section 1.3.4).
        var header = File.ReadAllBytes(_directory.File(SqliteDatabase.FileName))[..20];
        Assert.Equal([2, 2], header[18..20]);
        Assert.True(File.Exists(_directory.File(SqliteDatabase.LockFileName)));
    }

    [Fact]
    public void Committed_data_survives_reopening()
    {
        using (var db = SqliteDatabase.Open(_directory.Path))
        {
            using var batch = db.StartBatch();
            batch.Put(DbTable.Code, [1], [2, 3]);
            batch.Put(DbTable.TrieNodes, [4], [5]);
            batch.Commit();
            db[DbTable.Metadata].Put("head"u8, [6]);
        }

        using var reopened = SqliteDatabase.Open(_directory.Path);
        Assert.Equal([2, 3], reopened[DbTable.Code].Get([1]));
        Assert.Equal([5], reopened[DbTable.TrieNodes].Get([4]));
        Assert.Equal([6], reopened[DbTable.Metadata].Get("head"u8));
    }

    [Fact]
    public void A_batch_past_the_spill_size_stays_invisible_until_commit_and_commits_whole()
    {
        using var db = SqliteDatabase.Open(_directory.Path, new SqliteDatabaseOptions { BatchSpillMegabytes = 1 });
        var value = new byte[1000];
        using (var batch = db.StartBatch())
        {
            for (var i = 0; i < 3000; i++)
            {
                batch.Put(DbTable.Code, BitConverter.GetBytes(i), value);
            }

            Assert.Empty(db[DbTable.Code].Iterate([]));
            Assert.Equal(3000, batch.Count);
            batch.Commit();
        }

        Assert.Equal(3000, db[DbTable.Code].Iterate([]).Count());
    }

    [Fact]
    public void A_spilled_batch_disposed_without_commit_leaves_nothing_and_frees_the_writer()
    {
        using var db = SqliteDatabase.Open(_directory.Path, new SqliteDatabaseOptions { BatchSpillMegabytes = 1 });
        using (var batch = db.StartBatch())
        {
            for (var i = 0; i < 3000; i++)
            {
                batch.Put(DbTable.Code, BitConverter.GetBytes(i), new byte[1000]);
            }
        }

        db[DbTable.Code].Put([1], [1]);
        Assert.Single(db[DbTable.Code].Iterate([]));
    }

    [Fact]
    public void Writing_outside_a_spilled_batch_on_its_own_thread_throws_instead_of_waiting_forever()
    {
        using var db = SqliteDatabase.Open(_directory.Path, new SqliteDatabaseOptions { BatchSpillMegabytes = 1 });
        using var batch = db.StartBatch();
        for (var i = 0; i < 2000; i++)
        {
            batch.Put(DbTable.Code, BitConverter.GetBytes(i), new byte[1000]);
        }

        var error = Assert.Throws<InvalidOperationException>(() => db[DbTable.Code].Put([1], [1]));
        Assert.Contains("batch", error.Message, StringComparison.Ordinal);
        batch.Commit();
        db[DbTable.Code].Put([1], [1]);
        Assert.Equal([1], db[DbTable.Code].Get([1]));
    }

    [Fact]
    public void Synchronous_full_commits_and_reads_back()
    {
        using (var db = SqliteDatabase.Open(_directory.Path, new SqliteDatabaseOptions { Synchronous = SqliteSynchronous.Full, MemoryMapMegabytes = 0 }))
        {
            using var batch = db.StartBatch();
            batch.Put(DbTable.Code, [1], [1]);
            batch.Commit();
        }

        using var reopened = SqliteDatabase.Open(_directory.Path);
        Assert.Equal([1], reopened[DbTable.Code].Get([1]));
    }

    [Fact]
    public void A_table_missing_from_an_older_file_is_created_on_open()
    {
        using (var db = SqliteDatabase.Open(_directory.Path))
        {
            db[DbTable.TrieNodes].Put([1], [1]);
        }

        RawSqlite.Execute(_directory.File(SqliteDatabase.FileName), "DROP TABLE \"Code\"");
        using var reopened = SqliteDatabase.Open(_directory.Path);
        reopened[DbTable.Code].Put([2], [2]);
        Assert.Equal([2], reopened[DbTable.Code].Get([2]));
        Assert.Equal([1], reopened[DbTable.TrieNodes].Get([1]));
    }

    [Fact]
    public async Task Many_threads_read_while_batches_commit()
    {
        using var db = SqliteDatabase.Open(_directory.Path);
        using (var batch = db.StartBatch())
        {
            for (var i = 0; i < 1000; i++)
            {
                batch.Put(DbTable.TrieNodes, BitConverter.GetBytes(i), BitConverter.GetBytes(i));
            }

            batch.Commit();
        }

        var reads = 0;
        var writer = Task.Run(() =>
        {
            for (var n = 0; n < 50; n++)
            {
                using var batch = db.StartBatch();
                batch.Put(DbTable.Code, BitConverter.GetBytes(n), new byte[10_000]);
                batch.Commit();
            }
        });
        Parallel.For(0, 8, t =>
        {
            for (var i = t; i < 1000; i += 8)
            {
                Assert.Equal(BitConverter.GetBytes(i), db[DbTable.TrieNodes].Get(BitConverter.GetBytes(i)));
                Interlocked.Increment(ref reads);
            }
        });
        await writer;

        Assert.Equal(1000, reads);
        Assert.Equal(50, db[DbTable.Code].Iterate([]).Count());
    }

    [Fact]
    public void Writes_to_one_key_in_different_spilled_chunks_keep_their_order()
    {
        using var db = SqliteDatabase.Open(_directory.Path, new SqliteDatabaseOptions { BatchSpillMegabytes = 1 });
        db[DbTable.Code].Put("gone"u8, [1]);
        using (var batch = db.StartBatch())
        {
            batch.Put(DbTable.Code, "kept"u8, [1]);
            batch.Delete(DbTable.Code, "gone"u8);
            for (var chunk = 0; chunk < 3; chunk++)
            {
                for (var i = 0; i < 1100; i++)
                {
                    batch.Put(DbTable.TrieNodes, BitConverter.GetBytes(i), new byte[1000]);
                }

                batch.Put(DbTable.Code, "kept"u8, [(byte)(chunk + 2)]);
                batch.Put(DbTable.Code, "gone"u8, [(byte)chunk]);
                batch.Delete(DbTable.Code, "gone"u8);
            }

            batch.Commit();
        }

        Assert.Equal([4], db[DbTable.Code].Get("kept"u8));
        Assert.Null(db[DbTable.Code].Get("gone"u8));
        Assert.Equal(1100, db[DbTable.TrieNodes].Iterate([]).Count());
    }

    [Fact]
    public void Pooled_readers_see_every_commit_made_after_their_last_read()
    {
        using var db = SqliteDatabase.Open(_directory.Path);
        var table = db[DbTable.TrieNodes];
        for (byte round = 1; round <= 20; round++)
        {
            if (round % 2 == 0)
            {
                table.Put([1], [round]);
            }
            else
            {
                using var batch = db.StartBatch();
                batch.Put(DbTable.TrieNodes, [1], [round]);
                batch.Commit();
            }

            // Several threads at once, so several pooled connections each hold a snapshot from the last round.
            var expected = round;
            Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
            {
                Assert.Equal(new[] { expected }, table.Get([1]));
                Assert.Equal([expected], table.Iterate([]).Single().Value);
            });
        }
    }

    [Fact]
    public void The_log_stays_near_the_checkpoint_size_while_pooled_readers_sit_idle()
    {
        using var db = SqliteDatabase.Open(_directory.Path, new SqliteDatabaseOptions { CheckpointMegabytes = 1 });
        db[DbTable.Code].Put([0], [0]);
        // Four readers at once put four connections in the pool, each with a snapshot; afterwards one thread
        // reads, so three of them sit idle under the one it reuses and must not pin the log at their snapshot.
        using (var barrier = new Barrier(4))
        {
            var found = 0;
            var threads = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
            {
                barrier.SignalAndWait();
                if (db[DbTable.Code].Get([0]) is not null)
                {
                    Interlocked.Increment(ref found);
                }

                barrier.SignalAndWait();
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.Equal(4, found);
        }

        var wal = new FileInfo(db.FilePath + "-wal");
        var largest = 0L;
        for (var n = 0; n < 200; n++)
        {
            using (var batch = db.StartBatch())
            {
                batch.Put(DbTable.Code, BitConverter.GetBytes(n % 20), new byte[100_000]);
                batch.Commit();
            }

            Assert.NotNull(db[DbTable.Code].Get(BitConverter.GetBytes(n % 20)));
            wal.Refresh();
            largest = Math.Max(largest, wal.Length);
        }

        // 200 commits of 100 kB wrote 20 MB to the log; checkpoints kept restarting it at the checkpoint size
        // plus a commit or so (1.16 MB measured; 2.3 MB when idle readers keep their snapshots).
        Assert.InRange(largest, 1, 1_400_000);
    }
}
