using Glow.State.Db;
using SQLitePCL;

namespace Glow.State.Tests.Db;

/// <summary>Plain SQLite, beside SqliteDatabase: for making foreign databases and tampering with ours.</summary>
public static class RawSqlite
{
    /// <summary>Runs <paramref name="sql"/> on the database file <paramref name="path"/> (created if missing).</summary>
    public static void Execute(string path, string sql)
    {
        _ = SqliteDatabase.SqliteVersion; // loads the native library
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_open(path, out var db));
        try
        {
            var rc = raw.sqlite3_exec(db, sql, out var error);
            Assert.True(rc == raw.SQLITE_OK, error);
        }
        finally
        {
            _ = raw.sqlite3_close_v2(db);
        }
    }
}
