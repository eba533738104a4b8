namespace Glow.Core.Rlp;

/// <summary>
/// Reads RLP from a buffer without allocating: byte arrays come back as slices of the input, lists as nested
/// readers over their content. Every header the reader parses is checked for canonical form, and every
/// violation throws <see cref="RlpException"/> naming the rule and the offset in the top-level input.
/// </summary>
/// <remarks>
/// <para>Which rules apply when:</para>
/// <list type="bullet">
/// <item>Structure (always, for each header parsed): no single byte below 0x80 in a one-byte string header,
/// no long form below 56 bytes, no leading zero in a long-form length, no length beyond the input or the
/// enclosing list. <see cref="SkipItem"/> and <see cref="ReadEncodedItem"/> parse only the outer header of the
/// item; the items inside a skipped list are not examined.</item>
/// <item>Integers (<see cref="ReadUInt64"/>, <see cref="ReadIntegerBytes"/>): no leading zero bytes (so zero
/// must be 0x80, never 0x00), no more bytes than the target holds. Ethereum decodes every scalar this way
/// (Appendix B: leading zeros in a scalar make the whole input invalid). <see cref="ReadBytes"/> applies no
/// integer rule: a byte array may start with zeros.</item>
/// <item>Ends: <see cref="EnsureAtEnd"/> rejects bytes after the last item read, as trailing bytes for a whole
/// buffer and as a length mismatch for a list read with <see cref="ReadList"/>.</item>
/// </list>
/// <para>To decode a whole buffer, read its one item from a reader over the buffer, then call
/// <see cref="EnsureAtEnd"/> on that reader so that trailing bytes are rejected.</para>
/// </remarks>
public ref partial struct RlpReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _origin;
    private readonly bool _isListContent;
    private int _position;

    /// <summary>A reader over <paramref name="data"/>, typically a whole encoded message.</summary>
    public RlpReader(ReadOnlySpan<byte> data)
        : this(data, 0, isListContent: false)
    {
    }

    private RlpReader(ReadOnlySpan<byte> data, int origin, bool isListContent)
    {
        _data = data;
        _origin = origin;
        _isListContent = isListContent;
        _position = 0;
    }

    /// <summary>Bytes consumed so far, relative to the start of this reader's input.</summary>
    public readonly int Position => _position;

    /// <summary>Bytes not yet consumed.</summary>
    public readonly int Remaining => _data.Length - _position;

    /// <summary>True when every byte of this reader's input has been consumed.</summary>
    public readonly bool IsAtEnd => _position >= _data.Length;

    /// <summary>The kind of the next item, from its first byte (the rest of its header is checked when it is read).</summary>
    /// <exception cref="RlpException">No item is left.</exception>
    public readonly RlpKind PeekKind()
    {
        if (_position >= _data.Length)
        {
            RlpException.Throw(RlpError.Truncated, _origin + _position, "expected an item, found the end of the input");
        }

        return _data[_position] >= RlpEncoding.ShortListBase ? RlpKind.List : RlpKind.Bytes;
    }

    /// <summary>True when the next item is a list; see <see cref="PeekKind"/>.</summary>
    public readonly bool PeekIsList() => PeekKind() == RlpKind.List;

    /// <summary>Reads a byte array; the result is a slice of the input.</summary>
    /// <exception cref="RlpException">The next item is a list, or is not canonical.</exception>
    public ReadOnlySpan<byte> ReadBytes()
    {
        var start = _position;
        if (start < _data.Length)
        {
            var prefix = _data[start];
            if (prefix < RlpEncoding.ShortStringBase)
            {
                // R_b, case 1: the byte is its own encoding.
                _position = start + 1;
                return _data.Slice(start, 1);
            }

            // Fast path for the common short form (R_b, case 2) when it is canonical; anything else, errors
            // included, goes through ParseHeader.
            var length = prefix - RlpEncoding.ShortStringBase;
            if (length <= RlpEncoding.MaxShortPayload
                && length < _data.Length - start
                && (length != 1 || _data[start + 1] >= RlpEncoding.ShortStringBase))
            {
                _position = start + 1 + length;
                return _data.Slice(start + 1, length);
            }
        }

        if (ParseHeader(out var payloadStart, out var payloadLength) == RlpKind.List)
        {
            RlpException.Throw(RlpError.UnexpectedList, _origin + start, "found a list header");
        }

        _position = payloadStart + payloadLength;
        return _data.Slice(payloadStart, payloadLength);
    }

    /// <summary>
    /// Reads an integer of at most 8 bytes, strictly: BE without leading zeros, zero only as 0x80
    /// (Appendix B, scalars).
    /// </summary>
    /// <exception cref="RlpException">The item is a list, not canonical, has a leading zero, or exceeds 8 bytes.</exception>
    public ulong ReadUInt64()
    {
        var start = _position;
        if (start < _data.Length)
        {
            var prefix = _data[start];
            if (prefix is > 0 and < 0x80)
            {
                _position = start + 1;
                return prefix;
            }

            // Fast path: 0x80 (zero) or 0x81..0x88 followed by a canonical payload (no leading zero, and a lone
            // byte at least 0x80); anything else, errors included, goes through ReadIntegerBytes.
            var length = prefix - RlpEncoding.ShortStringBase;
            if ((uint)length <= sizeof(ulong) && length < _data.Length - start)
            {
                if (length == 0)
                {
                    _position = start + 1;
                    return 0;
                }

                var payload = _data.Slice(start + 1, length);
                if (payload[0] != 0 && (length != 1 || payload[0] >= RlpEncoding.ShortStringBase))
                {
                    _position = start + 1 + length;
                    return ToUInt64(payload);
                }
            }
        }

        return ToUInt64(ReadIntegerBytes(sizeof(ulong)));
    }

    /// <summary>
    /// Reads an integer as its big-endian bytes (a slice of the input, empty for zero), strictly: no leading zero
    /// byte, at most <paramref name="maxLength"/> bytes (Appendix B, scalars). The building block for wider
    /// integer types.
    /// </summary>
    /// <exception cref="RlpException">The item is a list, not canonical, has a leading zero, or is too long.</exception>
    public ReadOnlySpan<byte> ReadIntegerBytes(int maxLength)
    {
        var start = _position;
        var bytes = ReadBytes();
        if (bytes.Length > maxLength)
        {
            ThrowIntegerOverflow(_origin + start, bytes.Length, maxLength);
        }

        if (bytes.Length > 0 && bytes[0] == 0)
        {
            RlpException.Throw(RlpError.LeadingZeroInInteger, _origin + start, "integer starts with a zero byte");
        }

        return bytes;
    }

    /// <summary>
    /// Reads a list header and returns the content length; the reader is then positioned at the first item, and
    /// the caller must consume exactly that many bytes. <see cref="ReadList"/> checks this for you.
    /// </summary>
    /// <exception cref="RlpException">The next item is a byte array, or its header is not canonical.</exception>
    public int ReadListHeader()
    {
        var start = _position;
        if (ParseHeader(out var payloadStart, out var payloadLength) == RlpKind.Bytes)
        {
            RlpException.Throw(RlpError.UnexpectedBytes, _origin + start, "found a byte string header");
        }

        _position = payloadStart;
        return payloadLength;
    }

    /// <summary>
    /// Reads a list and returns a reader over its content; this reader moves past the whole list. Items that run
    /// past the list's end throw <see cref="RlpError.ListLengthMismatch"/>, and so does
    /// <see cref="EnsureAtEnd"/> on the returned reader when items stop short of it.
    /// </summary>
    /// <exception cref="RlpException">The next item is a byte array, or its header is not canonical.</exception>
    public RlpReader ReadList()
    {
        var start = _position;
        if (ParseHeader(out var payloadStart, out var payloadLength) == RlpKind.Bytes)
        {
            RlpException.Throw(RlpError.UnexpectedBytes, _origin + start, "found a byte string header");
        }

        _position = payloadStart + payloadLength;
        return new RlpReader(_data.Slice(payloadStart, payloadLength), _origin + payloadStart, isListContent: true);
    }

    /// <summary>Moves past the next item, checking its header only.</summary>
    /// <exception cref="RlpException">No item is left or its header is not canonical.</exception>
    public void SkipItem()
    {
        ParseHeader(out var payloadStart, out var payloadLength);
        _position = payloadStart + payloadLength;
    }

    /// <summary>
    /// The next item's whole encoding, header included (a slice of the input), for hashing or storing as is;
    /// only its outer header is checked.
    /// </summary>
    /// <exception cref="RlpException">No item is left or its header is not canonical.</exception>
    public ReadOnlySpan<byte> ReadEncodedItem()
    {
        var start = _position;
        ParseHeader(out var payloadStart, out var payloadLength);
        _position = payloadStart + payloadLength;
        return _data[start.._position];
    }

    /// <summary>
    /// Throws unless every byte has been consumed: <see cref="RlpError.TrailingBytes"/> for a top-level reader,
    /// <see cref="RlpError.ListLengthMismatch"/> for the content of a list.
    /// </summary>
    /// <exception cref="RlpException">Bytes remain.</exception>
    public readonly void EnsureAtEnd()
    {
        if (_position < _data.Length)
        {
            ThrowLeftover(_origin + _position, _data.Length - _position, _isListContent);
        }
    }

    private static ulong ToUInt64(ReadOnlySpan<byte> bigEndian)
    {
        ulong value = 0;
        foreach (var b in bigEndian)
        {
            value = (value << 8) | b;
        }

        return value;
    }
}
