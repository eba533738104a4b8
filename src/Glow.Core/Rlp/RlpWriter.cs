using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Glow.Core.Rlp;

/// <summary>
/// Writes RLP into a caller-provided buffer, left to right, without allocating. Size the buffer with the
/// <see cref="RlpEncoding"/> <c>LengthOf</c> helpers; a list is written as its header
/// (<see cref="WriteListHeader"/> with the content length from <see cref="RlpEncoding.LengthOf(ulong)"/> and friends)
/// followed by its items.
/// </summary>
/// <remarks>
/// Every method checks the remaining space once and throws <see cref="InvalidOperationException"/> when the
/// buffer is too small, before writing anything of that item.
/// </remarks>
public ref partial struct RlpWriter
{
    private readonly Span<byte> _buffer;
    private int _position;

    /// <summary>A writer that fills <paramref name="destination"/> from its start.</summary>
    public RlpWriter(Span<byte> destination)
    {
        _buffer = destination;
        _position = 0;
    }

    /// <summary>Bytes written so far.</summary>
    public readonly int Position => _position;

    /// <summary>The bytes written so far.</summary>
    public readonly ReadOnlySpan<byte> Written => _buffer[.._position];

    /// <summary>Writes the byte array <paramref name="bytes"/> (Appendix B, R_b).</summary>
    public void WriteBytes(scoped ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 1 && bytes[0] < RlpEncoding.ShortStringBase)
        {
            // R_b, case 1: a single byte below 0x80 is its own encoding.
            Reserve(1);
            _buffer[_position++] = bytes[0];
            return;
        }

        Reserve(RlpEncoding.LengthOfHeader(bytes.Length) + bytes.Length);
        WriteHeaderUnchecked(RlpEncoding.ShortStringBase, bytes.Length);
        bytes.CopyTo(_buffer[_position..]);
        _position += bytes.Length;
    }

    /// <summary>Writes the integer <paramref name="value"/>: BE without leading zeros, zero as 0x80 (Appendix B, scalars).</summary>
    public void WriteUInt64(ulong value)
    {
        if (value < RlpEncoding.ShortStringBase)
        {
            Reserve(1);
            _buffer[_position++] = value == 0 ? RlpEncoding.EmptyString : (byte)value;
            return;
        }

        var count = RlpEncoding.ByteCount(value);
        Reserve(1 + count);
        _buffer[_position] = (byte)(RlpEncoding.ShortStringBase + count);
        WriteBigEndianUnchecked(value, _buffer.Slice(_position + 1, count));
        _position += 1 + count;
    }

    /// <summary>
    /// Writes the integer whose big-endian bytes are <paramref name="bigEndian"/> (any width); leading zero bytes
    /// are dropped, as BE(n) has none (Appendix B, scalars).
    /// </summary>
    public void WriteInteger(scoped ReadOnlySpan<byte> bigEndian) => WriteBytes(RlpEncoding.TrimLeadingZeros(bigEndian));

    /// <summary>
    /// Writes the header of a list whose items' encodings take <paramref name="contentLength"/> bytes together
    /// (Appendix B, R_l); the items follow with further calls.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contentLength"/> is negative.</exception>
    public void WriteListHeader(int contentLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(contentLength);
        Reserve(RlpEncoding.LengthOfHeader(contentLength));
        WriteHeaderUnchecked(RlpEncoding.ShortListBase, contentLength);
    }

    /// <summary>
    /// Copies an item that is already RLP (a cached encoding, a trie node) as it is. It is not checked: the caller
    /// vouches that it is exactly one canonical item.
    /// </summary>
    public void WriteEncoded(scoped ReadOnlySpan<byte> encoded)
    {
        Reserve(encoded.Length);
        encoded.CopyTo(_buffer[_position..]);
        _position += encoded.Length;
    }

    private static void WriteBigEndianUnchecked(ulong value, Span<byte> destination)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)value;
            value >>= 8;
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowTooSmall(int needed, int position, int available) =>
        throw new InvalidOperationException(
            $"RLP writer: destination too small: {needed} more bytes needed at position {position}, {available} left");

    /// <summary>
    /// Header of a payload of <paramref name="payloadLength"/> bytes: one byte <c>shortBase + length</c> below
    /// 56 bytes, otherwise <c>shortBase + 55 + ||BE(length)||</c> then BE(length) (R_b case 3 and R_l).
    /// </summary>
    private void WriteHeaderUnchecked(byte shortBase, int payloadLength)
    {
        if (payloadLength <= RlpEncoding.MaxShortPayload)
        {
            _buffer[_position++] = (byte)(shortBase + payloadLength);
            return;
        }

        var count = RlpEncoding.ByteCount((uint)payloadLength);
        _buffer[_position] = (byte)(shortBase + RlpEncoding.MaxShortPayload + count);
        WriteBigEndianUnchecked((uint)payloadLength, _buffer.Slice(_position + 1, count));
        _position += 1 + count;
    }

    private readonly void Reserve(int count)
    {
        var available = _buffer.Length - _position;
        if (count > available)
        {
            ThrowTooSmall(count, _position, available);
        }
    }
}
