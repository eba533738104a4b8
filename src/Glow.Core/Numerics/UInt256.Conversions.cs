using System.Buffers.Binary;
using System.Numerics;

namespace Glow.Core.Numerics;

public readonly partial struct UInt256
{
    /// <summary>The value of a <see cref="ulong"/>.</summary>
    public static implicit operator UInt256(ulong value) => new(value);

    /// <summary>The value of a <see cref="uint"/>.</summary>
    public static implicit operator UInt256(uint value) => new(value);

    /// <summary>The value of a <see cref="UInt128"/>.</summary>
    public static implicit operator UInt256(UInt128 value) => new((ulong)value, (ulong)(value >> 64));

    /// <summary>The value of a non-negative <see cref="int"/>.</summary>
    /// <exception cref="OverflowException"><paramref name="value"/> is negative.</exception>
    public static explicit operator UInt256(int value) =>
        value >= 0 ? new UInt256((ulong)value) : throw new OverflowException("A negative number has no UInt256 value.");

    /// <summary>The value of a non-negative <see cref="long"/>.</summary>
    /// <exception cref="OverflowException"><paramref name="value"/> is negative.</exception>
    public static explicit operator UInt256(long value) =>
        value >= 0 ? new UInt256((ulong)value) : throw new OverflowException("A negative number has no UInt256 value.");

    /// <summary>The value as a <see cref="ulong"/>.</summary>
    /// <exception cref="OverflowException">The value is 2^64 or more.</exception>
    public static explicit operator ulong(in UInt256 value) =>
        value.IsUInt64 ? value.U0 : throw new OverflowException("The UInt256 value does not fit in 64 bits.");

    /// <summary>The value as a <see cref="long"/>.</summary>
    /// <exception cref="OverflowException">The value is 2^63 or more.</exception>
    public static explicit operator long(in UInt256 value) =>
        value.IsUInt64 && value.U0 <= long.MaxValue ? (long)value.U0 : throw new OverflowException("The UInt256 value does not fit in a long.");

    /// <summary>The value as an <see cref="int"/>.</summary>
    /// <exception cref="OverflowException">The value is 2^31 or more.</exception>
    public static explicit operator int(in UInt256 value) =>
        value.IsUInt64 && value.U0 <= int.MaxValue ? (int)value.U0 : throw new OverflowException("The UInt256 value does not fit in an int.");

    /// <summary>The value as a <see cref="UInt128"/>.</summary>
    /// <exception cref="OverflowException">The value is 2^128 or more.</exception>
    public static explicit operator UInt128(in UInt256 value) =>
        (value.U2 | value.U3) == 0 ? new UInt128(value.U1, value.U0) : throw new OverflowException("The UInt256 value does not fit in 128 bits.");

    /// <summary>The value of a <see cref="BigInteger"/> in 0 … 2^256 − 1.</summary>
    /// <exception cref="OverflowException"><paramref name="value"/> is negative or 2^256 or more.</exception>
    public static explicit operator UInt256(BigInteger value)
    {
        if (value.Sign < 0)
        {
            throw new OverflowException("A negative number has no UInt256 value.");
        }

        Span<byte> bytes = stackalloc byte[32];
        bytes.Clear();
        if (!value.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false))
        {
            throw new OverflowException("The number is 2^256 or more.");
        }

        return FromLittleEndian(bytes);
    }

    /// <summary>The value as a non-negative <see cref="BigInteger"/>.</summary>
    public static explicit operator BigInteger(in UInt256 value)
    {
        Span<byte> bytes = stackalloc byte[32];
        value.WriteLittleEndian(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>
    /// The number whose big-endian bytes are <paramref name="bytes"/>: 0 to 32 bytes, a shorter span
    /// reading as if left-padded with zeros (so the empty span is 0, as in RLP).
    /// </summary>
    /// <exception cref="ArgumentException">More than 32 bytes.</exception>
    public static UInt256 FromBigEndian(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 32)
        {
            return new UInt256(
                BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]),
                BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
                BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
                BinaryPrimitives.ReadUInt64BigEndian(bytes));
        }

        if (bytes.Length > 32)
        {
            throw new ArgumentException($"A UInt256 has at most 32 bytes, got {bytes.Length}.", nameof(bytes));
        }

        if (bytes.Length <= 8)
        {
            ulong v = 0;
            foreach (byte b in bytes)
            {
                v = (v << 8) | b;
            }

            return new UInt256(v);
        }

        Span<byte> padded = stackalloc byte[32];
        padded[..(32 - bytes.Length)].Clear();
        bytes.CopyTo(padded[(32 - bytes.Length)..]);
        return FromBigEndian(padded);
    }

    /// <summary>The number whose little-endian bytes are <paramref name="bytes"/> (0 to 32 bytes, a shorter span reading as if zero-padded at the end).</summary>
    /// <exception cref="ArgumentException">More than 32 bytes.</exception>
    public static UInt256 FromLittleEndian(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 32)
        {
            return new UInt256(
                BinaryPrimitives.ReadUInt64LittleEndian(bytes),
                BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]),
                BinaryPrimitives.ReadUInt64LittleEndian(bytes[16..]),
                BinaryPrimitives.ReadUInt64LittleEndian(bytes[24..]));
        }

        if (bytes.Length > 32)
        {
            throw new ArgumentException($"A UInt256 has at most 32 bytes, got {bytes.Length}.", nameof(bytes));
        }

        Span<byte> padded = stackalloc byte[32];
        bytes.CopyTo(padded);
        padded[bytes.Length..].Clear();
        return FromLittleEndian(padded);
    }

    /// <summary>Writes the 32-byte big-endian form (the EVM's word layout) into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is not exactly 32 bytes.</exception>
    public void WriteBigEndian(Span<byte> destination)
    {
        if (destination.Length != 32)
        {
            throw new ArgumentException($"A UInt256 needs exactly 32 bytes, got {destination.Length}.", nameof(destination));
        }

        BinaryPrimitives.WriteUInt64BigEndian(destination, U3);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], U2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], U1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], U0);
    }

    /// <summary>Writes the 32-byte little-endian form into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is not exactly 32 bytes.</exception>
    public void WriteLittleEndian(Span<byte> destination)
    {
        if (destination.Length != 32)
        {
            throw new ArgumentException($"A UInt256 needs exactly 32 bytes, got {destination.Length}.", nameof(destination));
        }

        BinaryPrimitives.WriteUInt64LittleEndian(destination, U0);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], U1);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[16..], U2);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[24..], U3);
    }

    /// <summary>The 32-byte big-endian form as a new array.</summary>
    public byte[] ToBigEndian()
    {
        var bytes = new byte[32];
        WriteBigEndian(bytes);
        return bytes;
    }

    /// <summary>The minimal number of big-endian bytes that hold the value: 0 for zero, 32 when the top byte is nonzero (RLP's scalar length).</summary>
    public int ByteLength => (BitLength + 7) >> 3;

    /// <summary>
    /// Writes the minimal big-endian form (no leading zero bytes, nothing for zero) into the first
    /// <see cref="ByteLength"/> bytes of <paramref name="destination"/>, as RLP encodes a scalar.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="ByteLength"/>.</exception>
    public void WriteBigEndianTrimmed(Span<byte> destination)
    {
        int length = ByteLength;
        if (destination.Length < length)
        {
            throw new ArgumentException($"The value needs {length} bytes, got {destination.Length}.", nameof(destination));
        }

        Span<byte> full = stackalloc byte[32];
        WriteBigEndian(full);
        full[(32 - length)..].CopyTo(destination);
    }
}
