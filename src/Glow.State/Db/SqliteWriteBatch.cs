using System.Buffers;
using System.Buffers.Binary;
using Glow.Core.Db;

namespace Glow.State.Db;

/// <summary>
/// A batch of a <see cref="SqliteDatabase"/>: one SQLite transaction. Writes are packed into a pooled buffer;
/// at <see cref="Commit"/> the writer opens <c>BEGIN IMMEDIATE</c>, applies them and commits. When the buffer
/// reaches <see cref="SqliteDatabaseOptions.BatchSpillMegabytes"/> the batch opens its transaction early and
/// applies the buffer into it, again at each multiple, so memory stays bounded; from the first spill it holds
/// the writer until it commits or is disposed (which rolls back).
/// </summary>
/// <remarks>
/// Buffered writes are applied in (table, key) order rather than as queued: B-tree inserts in key order touch
/// each page once instead of jumping around the tree (random keys such as hashes otherwise miss the page cache
/// on almost every insert). The sort is stable, so the last write to a key still wins.
/// </remarks>
internal sealed class SqliteWriteBatch : IWriteBatch
{
    private const byte PutOp = 1;
    private const byte DeleteOp = 2;
    private const int RecordHeader = 10; // table, operation, key length (int32 LE), value length (int32 LE)
    private const int InitialBuffer = 4096;

    private readonly SqliteDatabase _database;
    private readonly long _spillBytes;
    private byte[] _buffer;
    private int _length;
    private int _buffered;
    private SqliteConnection? _writer;
    private bool _finished;

    public SqliteWriteBatch(SqliteDatabase database)
    {
        _database = database;
        _spillBytes = Math.Max(1L, database.Options.BatchSpillMegabytes) * 1024 * 1024;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
    }

    public int Count { get; private set; }

    public void Put(DbTable table, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => Add(table, PutOp, key, value);

    public void Delete(DbTable table, ReadOnlySpan<byte> key) => Add(table, DeleteOp, key, default);

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        try
        {
            var writer = _writer ?? Begin();
            ApplyBuffered(writer);
            _database.BeforeCommit();
            _database.Options.CommitStarting?.Invoke();
            try
            {
                writer.Execute("COMMIT");
            }
            finally
            {
                _database.AfterCommit();
            }
        }
        finally
        {
            Release();
        }
    }

    public void Dispose()
    {
        _finished = true;
        Release();
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void Add(DbTable table, byte op, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var needed = RecordHeader + key.Length + value.Length;
        Reserve(needed);
        var record = _buffer.AsSpan(_length, needed);
        record[0] = (byte)table;
        record[1] = op;
        BinaryPrimitives.WriteInt32LittleEndian(record[2..], key.Length);
        BinaryPrimitives.WriteInt32LittleEndian(record[6..], value.Length);
        key.CopyTo(record[RecordHeader..]);
        value.CopyTo(record[(RecordHeader + key.Length)..]);
        _length += needed;
        _buffered++;
        Count++;
        if (_length >= _spillBytes)
        {
            ApplyBuffered(_writer ?? Begin());
        }
    }

    /// <summary>Takes the writer and opens the transaction.</summary>
    private SqliteConnection Begin()
    {
        var writer = _database.EnterWriter();
        _writer = writer;
        writer.Execute("BEGIN IMMEDIATE");
        return writer;
    }

    /// <summary>Applies the buffered writes to the open transaction, sorted, and empties the buffer.</summary>
    private void ApplyBuffered(SqliteConnection writer)
    {
        var entries = ArrayPool<SortEntry>.Shared.Rent(_buffered);
        try
        {
            var buffered = _buffer.AsSpan(0, _length);
            var count = 0;
            for (var offset = 0; offset < buffered.Length; offset += RecordLength(buffered[offset..]))
            {
                entries[count++] = new SortEntry(SortPrefix(buffered[offset..]), offset);
            }

            var order = entries.AsSpan(0, count);
            order.Sort(new RecordOrder(_buffer));
            foreach (var entry in order)
            {
                var record = buffered[entry.Offset..];
                var keyLength = BinaryPrimitives.ReadInt32LittleEndian(record[2..]);
                var valueLength = BinaryPrimitives.ReadInt32LittleEndian(record[6..]);
                var table = (DbTable)record[0];
                var key = record.Slice(RecordHeader, keyLength);
                if (record[1] == PutOp)
                {
                    writer.Put(table, key, record.Slice(RecordHeader + keyLength, valueLength));
                }
                else
                {
                    writer.Delete(table, key);
                }
            }
        }
        finally
        {
            ArrayPool<SortEntry>.Shared.Return(entries);
        }

        _length = 0;
        _buffered = 0;
    }

    /// <summary>The table in the top byte and the first 7 key bytes below it (zero-padded): sorts like (table, key) up to ties.</summary>
    private static ulong SortPrefix(ReadOnlySpan<byte> record)
    {
        Span<byte> prefix = stackalloc byte[8];
        prefix.Clear();
        prefix[0] = record[0];
        var keyLength = BinaryPrimitives.ReadInt32LittleEndian(record[2..]);
        record.Slice(RecordHeader, Math.Min(7, keyLength)).CopyTo(prefix[1..]);
        return BinaryPrimitives.ReadUInt64BigEndian(prefix);
    }

    /// <summary>Rolls back an open transaction (a failed or abandoned batch) and gives the writer back.</summary>
    private void Release()
    {
        if (_writer is null)
        {
            return;
        }

        _writer.RollbackQuietly();
        _writer = null;
        _database.ExitWriter();
    }

    private void Reserve(int needed)
    {
        if (_buffer.Length - _length >= needed)
        {
            return;
        }

        var size = Math.Max((long)_buffer.Length * 2, (long)_length + needed);
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(size, Array.MaxLength));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    private static int RecordLength(ReadOnlySpan<byte> record) =>
        RecordHeader + BinaryPrimitives.ReadInt32LittleEndian(record[2..]) + BinaryPrimitives.ReadInt32LittleEndian(record[6..]);

    /// <summary>A buffered record's position and its <see cref="SortPrefix"/>.</summary>
    private readonly record struct SortEntry(ulong Prefix, int Offset);

    /// <summary>
    /// Orders buffered records by table, then key (unsigned bytes), then position in the buffer (queue order).
    /// The prefix decides most comparisons without touching the buffer.
    /// </summary>
    private readonly struct RecordOrder(byte[] buffer) : IComparer<SortEntry>
    {
        public int Compare(SortEntry x, SortEntry y)
        {
            if (x.Prefix != y.Prefix)
            {
                return x.Prefix < y.Prefix ? -1 : 1;
            }

            var a = buffer.AsSpan(x.Offset);
            var b = buffer.AsSpan(y.Offset);
            var byKey = a.Slice(RecordHeader, BinaryPrimitives.ReadInt32LittleEndian(a[2..]))
                .SequenceCompareTo(b.Slice(RecordHeader, BinaryPrimitives.ReadInt32LittleEndian(b[2..])));
            return byKey != 0 ? byKey : x.Offset.CompareTo(y.Offset);
        }
    }
}
