using System.Buffers;

namespace Glow.JsonRpc.Server;

/// <summary>
/// A growable output buffer on the shared array pool: responses are written here, then copied to the socket in one
/// piece (so HTTP answers carry a Content-Length). A partly written member can be cut back (<see cref="Truncate"/>)
/// when its writer fails, and the array can be handed to the WebSocket sender (<see cref="Detach"/>).
/// </summary>
internal sealed class RpcBuffer : IBufferWriter<byte>, IDisposable
{
    private const int InitialSize = 4096;

    private byte[] _array;
    private int _written;

    public RpcBuffer(int initialSize = InitialSize) => _array = ArrayPool<byte>.Shared.Rent(initialSize);

    public int WrittenCount => _written;

    public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, _written);

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _written);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (_written + count > _array.Length)
        {
            throw new InvalidOperationException("Advanced past the end of the buffer.");
        }

        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsSpan(_written);
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        _written += bytes.Length;
    }

    public void WriteByte(byte value)
    {
        GetSpan(1)[0] = value;
        _written++;
    }

    /// <summary>Cuts the written data back to <paramref name="length"/> bytes.</summary>
    public void Truncate(int length) => _written = Math.Min(_written, length);

    public void Clear() => _written = 0;

    /// <summary>Gives away the array (the receiver returns it to the pool) and starts over with a fresh one.</summary>
    public byte[] Detach(out int length)
    {
        var array = _array;
        length = _written;
        _array = ArrayPool<byte>.Shared.Rent(InitialSize);
        _written = 0;
        return array;
    }

    public void Dispose()
    {
        if (_array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
            _written = 0;
        }
    }

    private void Ensure(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 256);
        if (_array.Length - _written >= needed)
        {
            return;
        }

        int size = Math.Max(_array.Length * 2, _written + needed);
        var bigger = ArrayPool<byte>.Shared.Rent(size);
        _array.AsSpan(0, _written).CopyTo(bigger);
        if (_array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
        }

        _array = bigger;
    }
}
