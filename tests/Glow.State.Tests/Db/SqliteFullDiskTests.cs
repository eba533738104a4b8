using Glow.Core.Db;
using Glow.State.Db;

namespace Glow.State.Tests.Db;

/// <summary>
/// <see cref="SqliteDatabaseOptions.MaxPageCount"/>: a batch that would grow the database past the limit fails as on a full
/// disk, with a message saying so, and leaves nothing behind; the limit is not stored in the file.
/// </summary>
public sealed class SqliteFullDiskTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(16)] // the batch stays in memory until COMMIT
    [InlineData(1)] // the batch spills into its open SQL transaction while it is being filled
    public void A_batch_past_the_page_limit_fails_as_a_full_disk_and_writes_nothing(int spillMegabytes)
    {
        using (SqliteDatabase.Open(_directory.Path))
        {
        }

        var pages = new FileInfo(_directory.File(SqliteDatabase.FileName)).Length / 4096;
        var limited = new SqliteDatabaseOptions { MaxPageCount = pages, BatchSpillMegabytes = spillMegabytes };
        using (var database = SqliteDatabase.Open(_directory.Path, limited))
        {
            var error = Assert.Throws<DatabaseException>(() => WriteRows(database));

            Assert.Contains($"the disk holding {_directory.File(SqliteDatabase.FileName)} is full", error.Message, StringComparison.Ordinal);
            Assert.Null(database[DbTable.Code].Get(Key(0)));
            Assert.Throws<DatabaseException>(() => WriteRows(database));
        }

        using var unlimited = SqliteDatabase.Open(_directory.Path);
        Assert.Null(unlimited[DbTable.Code].Get(Key(0)));
        WriteRows(unlimited);
        Assert.NotNull(unlimited[DbTable.Code].Get(Key(2_999)));
    }

    [Fact]
    public void A_negative_page_limit_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SqliteDatabase.Open(_directory.Path, new SqliteDatabaseOptions { MaxPageCount = -1 }));
    }

    /// <summary>Three thousand rows of 1,000 bytes: about 3 MB, far past any free space in the pages of an empty database.</summary>
    private static void WriteRows(SqliteDatabase database)
    {
        using var batch = database.StartBatch();
        for (var i = 0; i < 3_000; i++)
        {
            batch.Put(DbTable.Code, Key(i), new byte[1000]);
        }

        batch.Commit();
    }

    private static byte[] Key(int i) => BitConverter.GetBytes(i);
}
