using System.Buffers;
using System.Buffers.Binary;
using Glow.Core.Db;

namespace Glow.State.Db;

/// <summary>
/// A batch of a <see cref="SqliteDatabase"/>: one SQLite transaction. Writes are packed into a pooled buffer;
/// at <see cref="Commit"/> the writer opens <c>BEGIN IMMEDIATE</c>, applies them in order and commits. A batch
/// larger than <see cref="SqliteDatabaseOptions.BatchSpillMegabytes"/> opens its transaction early and writes
/// straight into it from then on, so memory stays bounded; it then holds the writer until it commits or is
/// disposed (which rolls back).
/// </summary>
internal sealed class SqliteWriteBatch : IWriteBatch
{
    private const byte PutOp = 1;
    private const byte DeleteOp = 2;
    private const int RecordHeader = 10; // table, operation, key length, value length
    private const int InitialBuffer = 4096;

    private readonly SqliteDatabase _database;
    private readonly long _spillBytes;
    private byte[] _buffer;
    private int _length;
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
            if (_writer is null)
            {
                Begin();
            }

            var writer = _writer!;
            _database.Options.CommitStarting?.Invoke();
            writer.Execute("COMMIT");
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
        Count++;
        if (_writer is not null)
        {
            Apply(_writer, table, op, key, value);
            return;
        }

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
        if (_length >= _spillBytes)
        {
            Begin();
        }
    }

    /// <summary>Takes the writer, opens the transaction and applies what is buffered.</summary>
    private void Begin()
    {
        var writer = _database.EnterWriter();
        _writer = writer;
        writer.Execute("BEGIN IMMEDIATE");
        var buffered = _buffer.AsSpan(0, _length);
        while (!buffered.IsEmpty)
        {
            var table = (DbTable)buffered[0];
            var op = buffered[1];
            var keyLength = BinaryPrimitives.ReadInt32LittleEndian(buffered[2..]);
            var valueLength = BinaryPrimitives.ReadInt32LittleEndian(buffered[6..]);
            var key = buffered.Slice(RecordHeader, keyLength);
            var value = buffered.Slice(RecordHeader + keyLength, valueLength);
            Apply(writer, table, op, key, value);
            buffered = buffered[(RecordHeader + keyLength + valueLength)..];
        }

        _length = 0;
    }

    private static void Apply(SqliteConnection writer, DbTable table, byte op, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        if (op == PutOp)
        {
            writer.Put(table, key, value);
        }
        else
        {
            writer.Delete(table, key);
        }
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
}
