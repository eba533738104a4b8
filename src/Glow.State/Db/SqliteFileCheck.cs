using System.Buffers.Binary;
using Glow.Core.Db;

namespace Glow.State.Db;

/// <summary>
/// Looks at an existing database file before SQLite opens it, to refuse with a clear message what SQLite would
/// only notice later or describe vaguely: a file that is not SQLite at all, and a file cut short. The header
/// layout is that of the SQLite file format documentation (section 1.3, "The Database Header").
/// </summary>
internal static class SqliteFileCheck
{
    private const int HeaderLength = 100;
    private const int WalHeaderLength = 32;

    private static ReadOnlySpan<byte> Magic => "SQLite format 3\0"u8;

    /// <summary>
    /// Fails with a <see cref="DatabaseException"/> when <paramref name="path"/> exists and is not a complete
    /// SQLite database file. A missing or empty file passes: SQLite creates the database in it.
    /// </summary>
    public static void Inspect(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        Span<byte> header = stackalloc byte[HeaderLength];
        long length;
        int read;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            length = file.Length;
            read = file.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseException($"{path} cannot be read: {e.Message}", e);
        }

        if (length == 0)
        {
            return;
        }

        if (read < Magic.Length || !header[..Magic.Length].SequenceEqual(Magic))
        {
            throw new DatabaseException($"{path} is not a SQLite database: it does not start with the SQLite header. Move it away or choose another data directory.");
        }

        if (read < HeaderLength)
        {
            throw new DatabaseException($"{path} is truncated: it holds {length} bytes, less than the 100-byte SQLite header.");
        }

        int pageSize = BinaryPrimitives.ReadUInt16BigEndian(header[16..]);
        pageSize = pageSize == 1 ? 65536 : pageSize;
        if (pageSize < 512 || !int.IsPow2(pageSize))
        {
            throw new DatabaseException($"{path} is corrupt: its header gives an invalid page size ({pageSize}).");
        }

        // The page count in the header is valid only when the change counter equals "version-valid-for".
        // While a write-ahead log with frames sits beside the file, the log may hold pages the file lacks
        // (an interrupted checkpoint), so the length can only be checked when there is none.
        var changeCounter = BinaryPrimitives.ReadUInt32BigEndian(header[24..]);
        var pageCount = BinaryPrimitives.ReadUInt32BigEndian(header[28..]);
        var validFor = BinaryPrimitives.ReadUInt32BigEndian(header[92..]);
        var expected = (long)pageCount * pageSize;
        if (pageCount != 0 && changeCounter == validFor && expected > length && !WalHasFrames(path))
        {
            throw new DatabaseException(
                $"{path} is truncated: its header describes {pageCount} pages of {pageSize} bytes ({expected} bytes) but the file holds {length} bytes. Restore it from a backup, or delete the data directory and sync again.");
        }
    }

    private static bool WalHasFrames(string path)
    {
        var wal = new FileInfo(path + "-wal");
        return wal.Exists && wal.Length > WalHeaderLength;
    }
}
