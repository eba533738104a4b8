using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Glow.Core.Crypto;
using Glow.Core.Encoding;

namespace Glow.Core.Blocks;

/// <summary>
/// The 2048-bit log bloom filter of receipts and headers (yellow paper §4.4.1): each log address and
/// topic sets three bits, chosen by the low 11 bits of the first three byte pairs of its Keccak-256.
/// A mutable struct: <see cref="Add(Address)"/> and <see cref="Accumulate"/> change it in place.
/// </summary>
public struct Bloom : IEquatable<Bloom>
{
    /// <summary>Length in bytes.</summary>
    public const int Size = 256;

    private Bytes256 _bytes;

    /// <summary>Copies a bloom from exactly 256 bytes.</summary>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 256 bytes long.</exception>
    public Bloom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"A bloom is 256 bytes, got {bytes.Length}.", nameof(bytes));
        }

        bytes.CopyTo(_bytes);
    }

    /// <summary>The 256 bytes, most significant bit first as written in a header.</summary>
    [UnscopedRef]
    public readonly ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>True when no bit is set.</summary>
    public readonly bool IsEmpty => Bytes.IndexOfAnyExcept((byte)0) < 0;

    /// <summary>The bloom of a list of logs.</summary>
    public static Bloom Of(IEnumerable<Log> logs)
    {
        var bloom = default(Bloom);
        foreach (var log in logs)
        {
            bloom.Add(log);
        }

        return bloom;
    }

    /// <summary>Adds a log: its address and each of its topics.</summary>
    public void Add(Log log)
    {
        Add(log.Address);
        foreach (var topic in log.Topics)
        {
            Add(topic);
        }
    }

    /// <summary>Adds an address (the log's emitter).</summary>
    public void Add(Address address) => AddValue(address.Bytes);

    /// <summary>Adds a 32-byte topic.</summary>
    public void Add(Hash256 topic) => AddValue(topic.Bytes);

    /// <summary>ORs every bit of <paramref name="other"/> into this bloom (a block's bloom from its receipts').</summary>
    public void Accumulate(in Bloom other)
    {
        Span<byte> mine = _bytes;
        var theirs = other.Bytes;
        for (var i = 0; i < Size; i++)
        {
            mine[i] |= theirs[i];
        }
    }

    /// <summary>True when every bit that <paramref name="value"/> would set is set: it may be present (false positives possible).</summary>
    public readonly bool MightContain(ReadOnlySpan<byte> value)
    {
        Span<byte> hash = stackalloc byte[Keccak256.HashSize];
        Keccak256.Hash(value, hash);
        for (var i = 0; i < 6; i += 2)
        {
            var (index, mask) = BitOf(hash, i);
            if ((_bytes[index] & mask) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="address"/> may have emitted a log in this bloom.</summary>
    public readonly bool MightContain(Address address) => MightContain(address.Bytes);

    /// <summary>True when <paramref name="topic"/> may be among the topics of this bloom.</summary>
    public readonly bool MightContain(Hash256 topic) => MightContain(topic.Bytes);

    /// <inheritdoc />
    public readonly bool Equals(Bloom other) => Bytes.SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override readonly bool Equals(object? obj) => obj is Bloom other && Equals(other);

    /// <inheritdoc />
    public override readonly int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }

    /// <summary><c>0x</c> and 512 lowercase hex digits.</summary>
    public override readonly string ToString() => Hex.Encode(Bytes);

    /// <summary>Byte-wise equality.</summary>
    public static bool operator ==(Bloom left, Bloom right) => left.Equals(right);

    /// <summary>Byte-wise inequality.</summary>
    public static bool operator !=(Bloom left, Bloom right) => !left.Equals(right);

    private void AddValue(ReadOnlySpan<byte> value)
    {
        Span<byte> hash = stackalloc byte[Keccak256.HashSize];
        Keccak256.Hash(value, hash);
        for (var i = 0; i < 6; i += 2)
        {
            var (index, mask) = BitOf(hash, i);
            _bytes[index] |= mask;
        }
    }

    /// <summary>Bit number (hash[i]·256 + hash[i+1]) mod 2048, counted from the last byte.</summary>
    private static (int Index, byte Mask) BitOf(ReadOnlySpan<byte> hash, int i)
    {
        var bit = ((hash[i] << 8) | hash[i + 1]) & 2047;
        return (Size - 1 - (bit >> 3), (byte)(1 << (bit & 7)));
    }

    [InlineArray(Size)]
    private struct Bytes256
    {
        private byte _element;
    }
}
