namespace Glow.Core.Rlp;

/// <summary>
/// A growable RLP encoder for code off the hot path (tests, tools): items are appended in order, lists opened
/// with <see cref="StartList"/> and closed with <see cref="EndList"/>, whose header is inserted once the
/// content length is known. Hot paths size a buffer with the <see cref="RlpEncoding"/> helpers and use
/// <see cref="RlpWriter"/> instead.
/// </summary>
public sealed class RlpBuilder
{
    private readonly Stack<int> _openLists = new();
    private byte[] _buffer;
    private int _length;

    /// <summary>An empty builder with room for <paramref name="capacity"/> bytes before it grows.</summary>
    public RlpBuilder(int capacity = 64)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _buffer = new byte[capacity];
    }

    /// <summary>Bytes encoded so far (list headers still open are not counted).</summary>
    public int Length => _length;

    /// <summary>Appends the byte array <paramref name="bytes"/>.</summary>
    public RlpBuilder AddBytes(ReadOnlySpan<byte> bytes)
    {
        var size = RlpEncoding.LengthOf(bytes);
        Writer(size).WriteBytes(bytes);
        _length += size;
        return this;
    }

    /// <summary>Appends the integer <paramref name="value"/>.</summary>
    public RlpBuilder AddUInt64(ulong value)
    {
        var size = RlpEncoding.LengthOf(value);
        Writer(size).WriteUInt64(value);
        _length += size;
        return this;
    }

    /// <summary>Appends the integer whose big-endian bytes are <paramref name="bigEndian"/> (leading zeros dropped).</summary>
    public RlpBuilder AddInteger(ReadOnlySpan<byte> bigEndian)
    {
        var size = RlpEncoding.LengthOfInteger(bigEndian);
        Writer(size).WriteInteger(bigEndian);
        _length += size;
        return this;
    }

    /// <summary>Appends an item that is already RLP, unchecked.</summary>
    public RlpBuilder AddEncoded(ReadOnlySpan<byte> encoded)
    {
        Writer(encoded.Length).WriteEncoded(encoded);
        _length += encoded.Length;
        return this;
    }

    /// <summary>Opens a list: the items appended until the matching <see cref="EndList"/> are its content.</summary>
    public RlpBuilder StartList()
    {
        _openLists.Push(_length);
        return this;
    }

    /// <summary>Closes the innermost open list, inserting its header in front of its content.</summary>
    /// <exception cref="InvalidOperationException">No list is open.</exception>
    public RlpBuilder EndList()
    {
        if (!_openLists.TryPop(out var contentStart))
        {
            throw new InvalidOperationException("RLP builder: EndList without a matching StartList");
        }

        var contentLength = _length - contentStart;
        var headerLength = RlpEncoding.LengthOfList(contentLength) - contentLength;
        EnsureCapacity(headerLength);
        Array.Copy(_buffer, contentStart, _buffer, contentStart + headerLength, contentLength);
        new RlpWriter(_buffer.AsSpan(contentStart, headerLength)).WriteListHeader(contentLength);
        _length += headerLength;
        return this;
    }

    /// <summary>The encoding built so far, in a new array.</summary>
    /// <exception cref="InvalidOperationException">A list is still open.</exception>
    public byte[] ToArray()
    {
        if (_openLists.Count != 0)
        {
            throw new InvalidOperationException($"RLP builder: {_openLists.Count} list(s) still open");
        }

        return _buffer.AsSpan(0, _length).ToArray();
    }

    /// <summary>Empties the builder for reuse, keeping its buffer.</summary>
    public void Clear()
    {
        _openLists.Clear();
        _length = 0;
    }

    private RlpWriter Writer(int size)
    {
        EnsureCapacity(size);
        return new RlpWriter(_buffer.AsSpan(_length, size));
    }

    private void EnsureCapacity(int extra)
    {
        var needed = _length + extra;
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        }
    }
}
