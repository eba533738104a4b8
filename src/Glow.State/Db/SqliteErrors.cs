using SQLitePCL;

namespace Glow.State.Db;

/// <summary>Turns SQLite result codes into messages an operator can act on, naming the file.</summary>
internal static class SqliteErrors
{
    /// <summary>A sentence naming <paramref name="path"/>, the problem behind <paramref name="code"/>, and what was being done.</summary>
    public static string Describe(string path, string doing, int code, string message)
    {
        var problem = (code & 0xff) switch
        {
            raw.SQLITE_NOTADB => $"{path} is not a SQLite database",
            raw.SQLITE_CORRUPT => $"{path} is corrupt; restore it from a backup, or delete the data directory and sync again",
            raw.SQLITE_BUSY or raw.SQLITE_LOCKED => $"{path} is locked by another process",
            raw.SQLITE_FULL => $"the disk holding {path} is full",
            raw.SQLITE_READONLY or raw.SQLITE_PERM => $"{path} cannot be written (read-only file or missing permission)",
            raw.SQLITE_CANTOPEN => $"{path} cannot be opened (check that its directory exists and is writable)",
            raw.SQLITE_IOERR => $"reading or writing {path} failed",
            _ => $"SQLite failed on {path}",
        };
        return $"{problem} ({doing}: {message}; SQLite code {code}).";
    }
}
