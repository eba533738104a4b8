using System.Numerics;

namespace Glow.Core.Rlp;

/// <summary>
/// Recursive Length Prefix (Yellow Paper, Appendix B): encoded sizes computed up front, so that a caller can
/// size one buffer and fill it with <see cref="RlpWriter"/>, plus small allocating helpers for code off the hot path.
/// </summary>
/// <remarks>
/// The encoding, as this code applies it:
/// <list type="bullet">
/// <item>R_b, case 1: a single byte below 0x80 is its own encoding.</item>
/// <item>R_b, case 2: a byte array of 0..55 bytes is 0x80 + length, then the bytes.</item>
/// <item>R_b, case 3: a longer byte array is 0xb7 + ||BE(length)||, then BE(length), then the bytes.</item>
/// <item>R_l: a list whose concatenated item encodings take 0..55 bytes is 0xc0 + length, then the items;
/// a longer one is 0xf7 + ||BE(length)||, BE(length), then the items.</item>
/// <item>Scalars: an integer n is encoded as the byte array BE(n), big-endian without leading zeros, so zero
/// is the empty byte array 0x80.</item>
/// </list>
/// </remarks>
public static partial class RlpEncoding
{
    /// <summary>The encoding of the empty byte array (and of the integer zero).</summary>
    public const byte EmptyString = 0x80;

    /// <summary>The encoding of the empty list.</summary>
    public const byte EmptyList = 0xc0;

    /// <summary>The longest payload that takes the one-byte short-form header (Appendix B: fewer than 56 bytes).</summary>
    public const int MaxShortPayload = 55;

    /// <summary>Offset added to the payload length in a short string header (R_b, case 2).</summary>
    internal const byte ShortStringBase = 0x80;

    /// <summary>Offset added to the length of the length in a long string header (R_b, case 3: 183).</summary>
    internal const byte LongStringBase = 0xb7;

    /// <summary>Offset added to the content length in a short list header (R_l: 192).</summary>
    internal const byte ShortListBase = 0xc0;

    /// <summary>Offset added to the length of the length in a long list header (R_l: 247).</summary>
    internal const byte LongListBase = 0xf7;

    /// <summary>The encoded size of the byte array <paramref name="bytes"/>.</summary>
    public static int LengthOf(ReadOnlySpan<byte> bytes) =>
        bytes.Length == 1 && bytes[0] < ShortStringBase ? 1 : LengthOfHeader(bytes.Length) + bytes.Length;

    /// <summary>The encoded size of the integer <paramref name="value"/> (BE without leading zeros; zero is 0x80).</summary>
    public static int LengthOf(ulong value) => value < ShortStringBase ? 1 : 1 + ByteCount(value);

    /// <summary>
    /// The encoded size of the integer whose big-endian bytes are <paramref name="bigEndian"/>; leading zero bytes
    /// of the input are not encoded.
    /// </summary>
    public static int LengthOfInteger(ReadOnlySpan<byte> bigEndian) => LengthOf(TrimLeadingZeros(bigEndian));

    /// <summary>The encoded size of a list whose items' encodings take <paramref name="contentLength"/> bytes together.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contentLength"/> is negative.</exception>
    public static int LengthOfList(int contentLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(contentLength);
        return LengthOfHeader(contentLength) + contentLength;
    }

    /// <summary>The RLP encoding of the byte array <paramref name="bytes"/>, in a new array.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> bytes)
    {
        var result = new byte[LengthOf(bytes)];
        var writer = new RlpWriter(result);
        writer.WriteBytes(bytes);
        return result;
    }

    /// <summary>The RLP encoding of the integer <paramref name="value"/>, in a new array.</summary>
    public static byte[] EncodeUInt64(ulong value)
    {
        var result = new byte[LengthOf(value)];
        var writer = new RlpWriter(result);
        writer.WriteUInt64(value);
        return result;
    }

    /// <summary>The size of the header in front of a payload of <paramref name="payloadLength"/> bytes (string or list).</summary>
    internal static int LengthOfHeader(int payloadLength) =>
        payloadLength <= MaxShortPayload ? 1 : 1 + ByteCount((uint)payloadLength);

    /// <summary>How many bytes BE(<paramref name="value"/>) takes; <paramref name="value"/> must not be zero.</summary>
    internal static int ByteCount(ulong value) => (64 - BitOperations.LeadingZeroCount(value) + 7) >> 3;

    /// <summary><paramref name="bigEndian"/> without its leading zero bytes.</summary>
    internal static ReadOnlySpan<byte> TrimLeadingZeros(ReadOnlySpan<byte> bigEndian)
    {
        if (bigEndian.IsEmpty || bigEndian[0] != 0)
        {
            return bigEndian;
        }

        var first = bigEndian.IndexOfAnyExcept((byte)0);
        return first < 0 ? [] : bigEndian[first..];
    }
}
