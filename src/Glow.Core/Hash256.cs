using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Glow.Core.Encoding;

namespace Glow.Core;

/// <summary>A 32-byte hash (Keccak-256 of a block, transaction, trie node, ...). Immutable, compared byte by byte.</summary>
public readonly struct Hash256 : IEquatable<Hash256>, IComparable<Hash256>, ISpanFormattable
{
    /// <summary>Length in bytes.</summary>
    public const int Size = 32;

    private readonly Bytes32 _bytes;

    /// <summary>Copies a hash from exactly 32 bytes.</summary>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 32 bytes long.</exception>
    public Hash256(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"A hash is 32 bytes, got {bytes.Length}.", nameof(bytes));
        }

        bytes.CopyTo(_bytes);
    }

    /// <summary>The all-zero hash.</summary>
    public static Hash256 Zero => default;

    /// <summary>The 32 bytes, big-endian as written on the wire.</summary>
    [UnscopedRef]
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>True for the all-zero hash.</summary>
    public bool IsZero => Bytes.IndexOfAnyExcept((byte)0) < 0;

    /// <summary>Copies the 32 bytes into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination) => Bytes.CopyTo(destination);

    /// <summary>The 32 bytes as a new array.</summary>
    public byte[] ToArray() => Bytes.ToArray();

    /// <summary>Parses <c>0x</c> followed by 64 hex digits (the prefix is optional, either case).</summary>
    /// <exception cref="FormatException">The text is not 32 bytes of hex.</exception>
    public static Hash256 Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var hash) ? hash : throw new FormatException($"Invalid 32-byte hash: \"{text}\"");

    /// <summary>Parses <c>0x</c> followed by 64 hex digits; false when the text is anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Hash256 hash)
    {
        Span<byte> bytes = stackalloc byte[Size];
        if (!Hex.TryDecode(text, bytes))
        {
            hash = default;
            return false;
        }

        hash = new Hash256(bytes);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Hash256 other) => Bytes.SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Hash256 other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var b = Bytes;
        return HashCode.Combine(
            BinaryPrimitives.ReadUInt64LittleEndian(b),
            BinaryPrimitives.ReadUInt64LittleEndian(b[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(b[16..]),
            BinaryPrimitives.ReadUInt64LittleEndian(b[24..]));
    }

    /// <summary>Orders hashes as big-endian numbers (byte-wise lexicographic), deterministically.</summary>
    public int CompareTo(Hash256 other) => Bytes.SequenceCompareTo(other.Bytes);

    /// <summary><c>0x</c> followed by 64 lowercase hex digits.</summary>
    public override string ToString() => Hex.Encode(Bytes);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (destination.Length < 2 + (Size * 2))
        {
            charsWritten = 0;
            return false;
        }

        destination[0] = '0';
        destination[1] = 'x';
        Convert.TryToHexStringLower(Bytes, destination[2..], out var written);
        charsWritten = 2 + written;
        return true;
    }

    /// <summary>Byte-wise equality.</summary>
    public static bool operator ==(Hash256 left, Hash256 right) => left.Equals(right);

    /// <summary>Byte-wise inequality.</summary>
    public static bool operator !=(Hash256 left, Hash256 right) => !left.Equals(right);

    /// <summary>Big-endian order.</summary>
    public static bool operator <(Hash256 left, Hash256 right) => left.CompareTo(right) < 0;

    /// <summary>Big-endian order.</summary>
    public static bool operator <=(Hash256 left, Hash256 right) => left.CompareTo(right) <= 0;

    /// <summary>Big-endian order.</summary>
    public static bool operator >(Hash256 left, Hash256 right) => left.CompareTo(right) > 0;

    /// <summary>Big-endian order.</summary>
    public static bool operator >=(Hash256 left, Hash256 right) => left.CompareTo(right) >= 0;

    [InlineArray(Size)]
    private struct Bytes32
    {
        private byte _element;
    }
}
