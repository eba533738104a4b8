using System.Runtime.CompilerServices;

namespace Glow.State.Trie;

/// <summary>
/// A run of nibbles (half-bytes, high nibble first) inside a byte array that is never modified: a key, a slice of
/// one, or the hex-prefix bytes of a decoded node. Slicing shares the array, so walking and splitting paths
/// allocates nothing (yellow paper, Appendix D: keys are read as sequences of nibbles).
/// </summary>
internal readonly struct NibblePath
{
    private readonly byte[] _data;
    private readonly int _start;

    /// <summary>The nibbles <paramref name="start"/> .. <paramref name="start"/> + <paramref name="length"/> of <paramref name="data"/>.</summary>
    public NibblePath(byte[] data, int start, int length)
    {
        _data = data;
        _start = start;
        Length = length;
    }

    /// <summary>The empty path.</summary>
    public static NibblePath Empty => new([], 0, 0);

    /// <summary>Number of nibbles.</summary>
    public int Length { get; }

    /// <summary>The nibble at <paramref name="index"/>.</summary>
    public int this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => At(_data, _start + index);
    }

    /// <summary>The nibble at <paramref name="index"/> of <paramref name="data"/> read as nibbles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int At(ReadOnlySpan<byte> data, int index)
    {
        var b = data[index >> 1];
        return (index & 1) == 0 ? b >> 4 : b & 0x0f;
    }

    /// <summary>The path from nibble <paramref name="start"/> to the end.</summary>
    public NibblePath Slice(int start) => new(_data, _start + start, Length - start);

    /// <summary><paramref name="length"/> nibbles from <paramref name="start"/>.</summary>
    public NibblePath Slice(int start, int length) => new(_data, _start + start, length);

    /// <summary>Length of the longest common prefix of this path and <paramref name="other"/>.</summary>
    public int CommonPrefixLength(in NibblePath other) =>
        CommonPrefixLength(_data, _start, other._data, other._start, Math.Min(Length, other.Length));

    /// <summary>Length of the longest common prefix of this path and the nibbles of <paramref name="key"/> from <paramref name="keyStart"/> on.</summary>
    public int CommonPrefixLength(ReadOnlySpan<byte> key, int keyStart) =>
        CommonPrefixLength(_data, _start, key, keyStart, Math.Min(Length, (key.Length * 2) - keyStart));

    /// <summary>True when this path equals the nibbles of <paramref name="key"/> from <paramref name="keyStart"/> to its end.</summary>
    public bool EqualsKeyTail(ReadOnlySpan<byte> key, int keyStart) =>
        Length == (key.Length * 2) - keyStart && CommonPrefixLength(key, keyStart) == Length;

    /// <summary>True when both paths hold the same nibbles.</summary>
    public bool SameAs(in NibblePath other) => Length == other.Length && CommonPrefixLength(other) == Length;

    /// <summary>A new path: <paramref name="nibble"/> followed by <paramref name="tail"/>.</summary>
    public static NibblePath Concat(int nibble, in NibblePath tail)
    {
        var data = new byte[(tail.Length + 2) / 2];
        SetNibble(data, 0, nibble);
        tail.CopyTo(data, 1);
        return new NibblePath(data, 0, tail.Length + 1);
    }

    /// <summary>A new path: <paramref name="head"/>, then <paramref name="nibble"/> when it is not negative, then <paramref name="tail"/>.</summary>
    public static NibblePath Concat(in NibblePath head, int nibble, in NibblePath tail)
    {
        var middle = nibble >= 0 ? 1 : 0;
        var length = head.Length + middle + tail.Length;
        var data = new byte[(length + 1) / 2];
        head.CopyTo(data, 0);
        if (middle == 1)
        {
            SetNibble(data, head.Length, nibble);
        }

        tail.CopyTo(data, head.Length + middle);
        return new NibblePath(data, 0, length);
    }

    /// <summary>Length of the hex-prefix encoding (Appendix D, HP): one flag byte or nibble, then the nibbles packed.</summary>
    public int HexPrefixLength => (Length / 2) + 1;

    /// <summary>
    /// Writes the hex-prefix encoding (Appendix D, HP) into <paramref name="destination"/> and returns its length.
    /// The first nibble is the flag: 2 for a leaf, 0 for an extension, plus 1 when the path is odd, in which case the
    /// first path nibble shares the first byte; an even path puts a zero nibble after the flag.
    /// </summary>
    public int WriteHexPrefix(Span<byte> destination, bool isLeaf)
    {
        var odd = Length & 1;
        var flag = (isLeaf ? 2 : 0) + odd;
        destination[0] = (byte)((flag << 4) | (odd == 1 ? this[0] : 0));
        var outLength = HexPrefixLength;
        var next = _start + odd;
        if ((next & 1) == 0)
        {
            // The remaining nibbles are whole bytes of the source: copy them.
            _data.AsSpan(next >> 1, outLength - 1).CopyTo(destination[1..]);
        }
        else
        {
            for (var i = 1; i < outLength; i++, next += 2)
            {
                destination[i] = (byte)((At(_data, next) << 4) | At(_data, next + 1));
            }
        }

        return outLength;
    }

    /// <summary>The nibbles as a byte array, one nibble per byte (for tests and diagnostics).</summary>
    public byte[] ToNibbleArray()
    {
        var result = new byte[Length];
        for (var i = 0; i < Length; i++)
        {
            result[i] = (byte)this[i];
        }

        return result;
    }

    private static int CommonPrefixLength(ReadOnlySpan<byte> a, int aStart, ReadOnlySpan<byte> b, int bStart, int max)
    {
        var i = 0;
        if (((aStart ^ bStart) & 1) == 0)
        {
            // Same alignment: settle a leading odd nibble, then compare whole bytes (vectorised), then the last nibble.
            if ((aStart & 1) == 1 && max > 0)
            {
                if (At(a, aStart) != At(b, bStart))
                {
                    return 0;
                }

                i = 1;
            }

            var bytes = (max - i) >> 1;
            if (bytes > 0)
            {
                var common = a.Slice((aStart + i) >> 1, bytes).CommonPrefixLength(b.Slice((bStart + i) >> 1, bytes));
                i += common * 2;
                if (common < bytes)
                {
                    return At(a, aStart + i) == At(b, bStart + i) ? i + 1 : i;
                }
            }
        }

        while (i < max && At(a, aStart + i) == At(b, bStart + i))
        {
            i++;
        }

        return i;
    }

    private static void SetNibble(byte[] data, int index, int nibble)
    {
        ref var b = ref data[index >> 1];
        b = (index & 1) == 0 ? (byte)((b & 0x0f) | (nibble << 4)) : (byte)((b & 0xf0) | nibble);
    }

    private void CopyTo(byte[] destination, int destinationStart)
    {
        for (var i = 0; i < Length; i++)
        {
            SetNibble(destination, destinationStart + i, this[i]);
        }
    }
}
