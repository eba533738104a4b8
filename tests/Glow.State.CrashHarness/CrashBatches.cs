using System.Buffers.Binary;
using System.Security.Cryptography;
using Glow.Core.Db;

namespace Glow.State.CrashHarness;

/// <summary>
/// The content of batch number n, derived from n alone, so that the test can check after a crash that every
/// batch up to the marker is there in full and nothing of the next one is. Batch n writes:
/// <list type="bullet">
/// <item><c>rows</c> rows in <see cref="DbTable.TrieNodes"/>: 32-byte hashed keys (spread over the whole tree, like trie nodes) with 100-byte values;</item>
/// <item><c>rows / 2</c> rows in <see cref="DbTable.Code"/> with 1,000-byte values (to make batches heavy);</item>
/// <item>in <see cref="DbTable.Metadata"/>: <c>shared-0</c>..<c>shared-7</c> overwritten with n, <c>tmp-n</c> added and <c>tmp-(n-1)</c> deleted, and <see cref="MarkerKey"/> = n.</item>
/// </list>
/// </summary>
public static class CrashBatches
{
    /// <summary>Number of shared keys each batch overwrites.</summary>
    public const int SharedKeys = 8;

    /// <summary>The <see cref="DbTable.Metadata"/> key holding the number of the last committed batch (8 bytes, big-endian).</summary>
    public static byte[] MarkerKey { get; } = "last-commit"u8.ToArray();

    /// <summary>The number of the last committed batch, 0 when none.</summary>
    public static long LastCommitted(IDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var marker = database[DbTable.Metadata].Get(MarkerKey);
        return marker is null ? 0 : BinaryPrimitives.ReadInt64BigEndian(marker);
    }

    /// <summary>Queues batch <paramref name="n"/> into <paramref name="batch"/>.</summary>
    public static void Write(IWriteBatch batch, long n, int rows)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (var i = 0; i < rows; i++)
        {
            batch.Put(DbTable.TrieNodes, Key(n, i, 'T'), Value(n, i, 'T', 100));
        }

        for (var i = 0; i < rows / 2; i++)
        {
            batch.Put(DbTable.Code, Key(n, i, 'C'), Value(n, i, 'C', 1000));
        }

        for (var k = 0; k < SharedKeys; k++)
        {
            batch.Put(DbTable.Metadata, SharedKey(k), Number(n));
        }

        batch.Put(DbTable.Metadata, TemporaryKey(n), Number(n));
        batch.Delete(DbTable.Metadata, TemporaryKey(n - 1));
        batch.Put(DbTable.Metadata, MarkerKey, Number(n));
    }

    /// <summary>Key of row <paramref name="i"/> of batch <paramref name="n"/> in the table tagged <paramref name="tag"/>.</summary>
    public static byte[] Key(long n, int i, char tag)
    {
        Span<byte> seed = stackalloc byte[13];
        seed[0] = (byte)tag;
        BinaryPrimitives.WriteInt64BigEndian(seed[1..], n);
        BinaryPrimitives.WriteInt32BigEndian(seed[9..], i);
        return SHA256.HashData(seed);
    }

    /// <summary>Value of row <paramref name="i"/> of batch <paramref name="n"/>: <paramref name="length"/> bytes derived from its key.</summary>
    public static byte[] Value(long n, int i, char tag, int length)
    {
        var key = Key(n, i, char.ToLowerInvariant(tag));
        var value = new byte[length];
        for (var offset = 0; offset < length; offset += key.Length)
        {
            key.AsSpan(0, Math.Min(key.Length, length - offset)).CopyTo(value.AsSpan(offset));
        }

        return value;
    }

    /// <summary>The shared key number <paramref name="k"/>.</summary>
    public static byte[] SharedKey(int k) => [.. "shared-"u8, (byte)('0' + k)];

    /// <summary>The temporary key of batch <paramref name="n"/>, present only while n is the last batch.</summary>
    public static byte[] TemporaryKey(long n) => [.. "tmp-"u8, .. Number(n)];

    /// <summary>The prefix of every temporary key.</summary>
    public static byte[] TemporaryPrefix { get; } = "tmp-"u8.ToArray();

    /// <summary><paramref name="n"/> as 8 big-endian bytes.</summary>
    public static byte[] Number(long n)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, n);
        return bytes;
    }
}
