using System.Buffers;
using System.Runtime.CompilerServices;
using Glow.Core.Numerics;
using Glow.Evm.Gas;

namespace Glow.Evm.Execution;

/// <summary>
/// The memory of one call frame: a byte array that grows in 32-byte words, rented from the shared pool and
/// returned when the frame is recycled. Expansion is priced before it happens (<see cref="ExpansionCost(in UInt256, in UInt256, long)"/>), so an
/// expansion that cannot be paid never allocates.
/// </summary>
public sealed class EvmMemory
{
    private byte[] _buffer = [];
    private long _size;

    /// <summary>The active size in bytes, always a multiple of 32 (MSIZE).</summary>
    public long Size => _size;

    /// <summary>The active memory.</summary>
    public Span<byte> Span => _buffer.AsSpan(0, (int)_size);

    /// <summary>
    /// The gas to grow memory so it covers <paramref name="length"/> bytes from <paramref name="offset"/>: 0 when it
    /// already does or the length is zero, <see cref="long.MaxValue"/> when the range is beyond any payable size.
    /// When the cost is at most <paramref name="gasAvailable"/> the memory is grown at once; otherwise it is left
    /// as it is (the caller runs out of gas).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long ExpansionCost(in UInt256 offset, in UInt256 length, long gasAvailable)
    {
        if (length.IsZero)
        {
            return 0;
        }

        if ((offset.U1 | offset.U2 | offset.U3 | length.U1 | length.U2 | length.U3) != 0
            || offset.U0 > GasMath.MaxMemorySize || length.U0 > GasMath.MaxMemorySize)
        {
            return long.MaxValue;
        }

        return ExpansionCost((long)offset.U0 + (long)length.U0, gasAvailable);
    }

    /// <summary>As <see cref="ExpansionCost(in UInt256, in UInt256, long)"/> for a range ending at <paramref name="end"/> (exclusive).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long ExpansionCost(long end, long gasAvailable) => end <= _size ? 0 : Grow(end, gasAvailable);

    /// <summary>The bytes at [<paramref name="offset"/>, +<paramref name="length"/>), which must lie within <see cref="Size"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> Slice(long offset, long length) => _buffer.AsSpan((int)offset, (int)length);

    /// <summary>The bytes at [<paramref name="offset"/>, +<paramref name="length"/>) as memory, valid until the memory next grows or is reset.</summary>
    public ReadOnlyMemory<byte> AsMemory(long offset, long length) => _buffer.AsMemory((int)offset, (int)length);

    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="offset"/> and zero-fills up to <paramref name="length"/>
    /// (the *COPY instructions read zeros past the end of their source). The range must lie within <see cref="Size"/>.
    /// </summary>
    public void WritePadded(long offset, long length, ReadOnlySpan<byte> source)
    {
        var target = _buffer.AsSpan((int)offset, (int)length);
        if (source.Length >= target.Length)
        {
            source[..target.Length].CopyTo(target);
        }
        else
        {
            source.CopyTo(target);
            target[source.Length..].Clear();
        }
    }

    /// <summary>Empties the memory and returns its buffer to the pool.</summary>
    public void Reset()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        _size = 0;
    }

    private long Grow(long end, long gasAvailable)
    {
        if (end > GasMath.MaxMemorySize)
        {
            return long.MaxValue;
        }

        var newWords = GasMath.Words(end);
        var cost = GasMath.MemoryCost(newWords) - GasMath.MemoryCost(_size >> 5);
        if (cost > gasAvailable)
        {
            return cost;
        }

        var newSize = newWords << 5;
        if (newSize > Array.MaxLength)
        {
            // Payable in principle (a gas limit in the tens of trillions) but beyond a .NET array: treat as unpayable.
            return long.MaxValue;
        }

        if (newSize > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Max(newSize, Math.Min(Array.MaxLength, _buffer.Length * 2L)));
            _buffer.AsSpan(0, (int)_size).CopyTo(larger);
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }

            _buffer = larger;
        }

        _buffer.AsSpan((int)_size, (int)(newSize - _size)).Clear();
        _size = newSize;
        return cost;
    }
}
