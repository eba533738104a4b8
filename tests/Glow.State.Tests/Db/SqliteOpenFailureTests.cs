using Glow.Core.Db;
using Glow.State.Db;
using SQLitePCL;
using Xunit.Abstractions;

namespace Glow.State.Tests.Db;

/// <summary>
/// Files SqliteDatabase must refuse with a <see cref="DatabaseException"/> naming the file and the problem,
/// without crashing and without touching the file.
/// </summary>
public sealed class SqliteOpenFailureTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string DatabaseFile => _directory.File(SqliteDatabase.FileName);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_file_of_random_bytes_is_not_a_sqlite_database()
    {
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(DatabaseFile, bytes);

        var error = OpenFails();

        Assert.Contains("is not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(DatabaseFile));
    }

    [Fact]
    public void A_sqlite_header_followed_by_garbage_is_refused()
    {
        var bytes = new byte[8192];
        new Random(8).NextBytes(bytes);
        "SQLite format 3\0"u8.CopyTo(bytes);
        bytes[16] = 0x10; // page size 4096
        bytes[17] = 0x00;
        File.WriteAllBytes(DatabaseFile, bytes);

        var error = OpenFails();

        Assert.Matches("corrupt|not a SQLite database|truncated", error.Message);
        Assert.Equal(bytes, File.ReadAllBytes(DatabaseFile));
    }

    [Fact]
    public void A_truncated_database_is_refused()
    {
        FillDatabase(rows: 2000);
        var full = File.ReadAllBytes(DatabaseFile);
        Assert.False(File.Exists(DatabaseFile + "-wal") && new FileInfo(DatabaseFile + "-wal").Length > 0);
        File.WriteAllBytes(DatabaseFile, full[..(full.Length / 2)]);

        var error = OpenFails();

        Assert.Contains("is truncated", error.Message, StringComparison.Ordinal);
        Assert.Contains($"the file holds {full.Length / 2} bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_shorter_than_the_sqlite_header_is_refused()
    {
        FillDatabase(rows: 1);
        File.WriteAllBytes(DatabaseFile, File.ReadAllBytes(DatabaseFile)[..60]);

        var error = OpenFails();

        Assert.Contains("is truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sqlite_database_of_another_program_is_refused()
    {
        RawSqlite.Execute(DatabaseFile, "CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('ada');");
        var before = File.ReadAllBytes(DatabaseFile);

        var error = OpenFails();

        Assert.Contains("another program", error.Message, StringComparison.Ordinal);
        Assert.Contains("'people'", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(DatabaseFile));
    }

    [Fact]
    public void A_foreign_database_with_a_metadata_table_of_its_own_is_refused()
    {
        RawSqlite.Execute(DatabaseFile, "CREATE TABLE \"Metadata\" (name TEXT, size INTEGER);");

        var error = OpenFails();

        Assert.Contains("is not a Glow database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_without_a_schema_version_is_refused()
    {
        FillDatabase(rows: 1);
        RawSqlite.Execute(DatabaseFile, "DELETE FROM \"Metadata\";");

        var error = OpenFails();

        Assert.Contains("no schema-version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_schema_version_is_refused_and_left_as_it_is()
    {
        using (var db = SqliteDatabase.Open(_directory.Path))
        {
            db[DbTable.Metadata].Put("schema-version"u8, "999"u8);
        }

        var error = OpenFails();

        Assert.Contains("schema version 999", error.Message, StringComparison.Ordinal);
        Assert.Contains("reads version 1", error.Message, StringComparison.Ordinal);
        RawSqlite.Execute(DatabaseFile, "SELECT 1;");
    }

    [Fact]
    public void Tables_outside_the_schema_are_refused()
    {
        FillDatabase(rows: 1);
        RawSqlite.Execute(DatabaseFile, "CREATE TABLE extra (x);");

        var error = OpenFails();

        Assert.Contains("'extra'", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_open_elsewhere_is_refused_until_closed()
    {
        using (var first = SqliteDatabase.Open(_directory.Path))
        {
            var error = Assert.Throws<DatabaseException>(() => SqliteDatabase.Open(_directory.Path));
            output.WriteLine(error.Message);
            Assert.Contains("in use by another process", error.Message, StringComparison.Ordinal);
            Assert.Contains(_directory.Path, error.Message, StringComparison.Ordinal);
            first[DbTable.Code].Put([1], [1]);
        }

        using var second = SqliteDatabase.Open(_directory.Path);
        Assert.Equal([1], second[DbTable.Code].Get([1]));
    }

    [Fact]
    public void A_file_locked_by_a_foreign_sqlite_connection_is_reported_as_locked()
    {
        FillDatabase(rows: 1);
        _ = SqliteDatabase.SqliteVersion;
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_open(DatabaseFile, out var foreign));
        try
        {
            Assert.Equal(raw.SQLITE_OK, raw.sqlite3_exec(foreign, "BEGIN EXCLUSIVE"));

            var error = Assert.Throws<DatabaseException>(() => SqliteDatabase.Open(_directory.Path, new SqliteDatabaseOptions { BusyTimeout = TimeSpan.FromMilliseconds(100) }));

            output.WriteLine(error.Message);
            Assert.Contains($"{DatabaseFile} is locked by another process", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            _ = raw.sqlite3_close_v2(foreign);
        }
    }

    [Fact]
    public void A_data_directory_that_is_a_file_is_refused()
    {
        var file = _directory.File("not-a-directory");
        File.WriteAllText(file, "x");

        var error = Assert.Throws<DatabaseException>(() => SqliteDatabase.Open(file));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_pages_give_a_database_exception_when_read()
    {
        FillDatabase(rows: 3000);
        var bytes = File.ReadAllBytes(DatabaseFile);
        var garbage = new byte[bytes.Length - (4 * 4096)];
        new Random(9).NextBytes(garbage);
        garbage.CopyTo(bytes, 4 * 4096);
        File.WriteAllBytes(DatabaseFile, bytes);

        var error = Assert.Throws<DatabaseException>(() =>
        {
            using var db = SqliteDatabase.Open(_directory.Path);
            for (var i = 0; i < 3000; i++)
            {
                _ = db[DbTable.TrieNodes].Get(BitConverter.GetBytes(i));
            }

            _ = db[DbTable.TrieNodes].Iterate([]).Count();
        });

        output.WriteLine(error.Message);
        Assert.Contains(DatabaseFile, error.Message, StringComparison.Ordinal);
        Assert.Matches("corrupt|not a SQLite database", error.Message);
    }

    private DatabaseException OpenFails()
    {
        var error = Assert.Throws<DatabaseException>(() => SqliteDatabase.Open(_directory.Path));
        output.WriteLine(error.Message);
        Assert.Contains(DatabaseFile, error.Message, StringComparison.Ordinal);
        return error;
    }

    private void FillDatabase(int rows)
    {
        using var db = SqliteDatabase.Open(_directory.Path);
        using var batch = db.StartBatch();
        for (var i = 0; i < rows; i++)
        {
            batch.Put(DbTable.TrieNodes, BitConverter.GetBytes(i), new byte[100]);
        }

        batch.Commit();
    }
}
