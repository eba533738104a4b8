namespace Glow.Core.Rlp;

/// <summary>Header parsing: the canonical-form rules of Appendix B, applied to every header the reader reads.</summary>
public ref partial struct RlpReader
{
    /// <summary>
    /// Parses the header at the current position without moving, checks it is canonical and that its payload fits
    /// in the input, and returns the item's kind and payload location (relative to this reader's input).
    /// </summary>
    private readonly RlpKind ParseHeader(out int payloadStart, out int payloadLength)
    {
        var start = _position;
        if (start >= _data.Length)
        {
            RlpException.Throw(RlpError.Truncated, _origin + start, "expected an item, found the end of the input");
        }

        var prefix = _data[start];
        if (prefix < RlpEncoding.ShortStringBase)
        {
            // R_b, case 1: a single byte below 0x80 is its own encoding (a one-byte string, no header).
            payloadStart = start;
            payloadLength = 1;
            return RlpKind.Bytes;
        }

        RlpKind kind;
        if (prefix <= RlpEncoding.LongStringBase)
        {
            // R_b, case 2: 0x80 + length, for 0..55 bytes.
            kind = RlpKind.Bytes;
            payloadStart = start + 1;
            payloadLength = prefix - RlpEncoding.ShortStringBase;
        }
        else if (prefix < RlpEncoding.ShortListBase)
        {
            // R_b, case 3: 0xb7 + ||BE(length)||, then BE(length).
            kind = RlpKind.Bytes;
            payloadLength = ReadLongLength(start, prefix - RlpEncoding.LongStringBase);
            payloadStart = start + 1 + (prefix - RlpEncoding.LongStringBase);
        }
        else if (prefix <= RlpEncoding.LongListBase)
        {
            // R_l, short form: 0xc0 + length, for 0..55 bytes of content.
            kind = RlpKind.List;
            payloadStart = start + 1;
            payloadLength = prefix - RlpEncoding.ShortListBase;
        }
        else
        {
            // R_l, long form: 0xf7 + ||BE(length)||, then BE(length).
            kind = RlpKind.List;
            payloadLength = ReadLongLength(start, prefix - RlpEncoding.LongListBase);
            payloadStart = start + 1 + (prefix - RlpEncoding.LongListBase);
        }

        if (payloadLength > _data.Length - payloadStart)
        {
            ThrowPastEnd(_origin + start, payloadLength, _data.Length - payloadStart, _isListContent);
        }

        if (kind == RlpKind.Bytes && payloadLength == 1 && _data[payloadStart] < RlpEncoding.ShortStringBase)
        {
            // R_b, case 1 again: 0x81 0x05 spells 0x05 with a header it must not have.
            ThrowNonCanonicalSingleByte(_origin + start, _data[payloadStart]);
        }

        return kind;
    }

    /// <summary>
    /// Reads the <paramref name="lengthOfLength"/> (1..8) big-endian length bytes after the prefix at
    /// <paramref name="start"/>, requiring the minimal form: no leading zero, and at least 56 (else the short form
    /// applies).
    /// </summary>
    private readonly int ReadLongLength(int start, int lengthOfLength)
    {
        if (lengthOfLength > _data.Length - start - 1)
        {
            ThrowPastEnd(_origin + start, lengthOfLength, _data.Length - start - 1, _isListContent);
        }

        var lengthBytes = _data.Slice(start + 1, lengthOfLength);
        if (lengthBytes[0] == 0)
        {
            RlpException.Throw(RlpError.LeadingZeroInLength, _origin + start, "the length starts with a zero byte");
        }

        ulong length = 0;
        foreach (var b in lengthBytes)
        {
            length = (length << 8) | b;
        }

        if (length > int.MaxValue)
        {
            ThrowLengthOverflow(_origin + start, length);
        }

        if (length <= RlpEncoding.MaxShortPayload)
        {
            ThrowNonCanonicalLength(_origin + start, length);
        }

        return (int)length;
    }
}
