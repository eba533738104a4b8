using System.Runtime.CompilerServices;
using Glow.Core;
using Glow.Core.Numerics;

namespace Glow.Evm.Execution;

/// <summary>Conversions between stack words and addresses or hashes (the low 20 bytes; all 32 bytes).</summary>
internal static class Words
{
    /// <summary>The address in the low 160 bits of <paramref name="word"/> (the high bits are ignored).</summary>
    [SkipLocalsInit]
    public static Address ToAddress(in UInt256 word)
    {
        Span<byte> bytes = stackalloc byte[32];
        word.WriteBigEndian(bytes);
        return new Address(bytes[12..]);
    }

    /// <summary>The address as a word.</summary>
    public static UInt256 FromAddress(in Address address) => UInt256.FromBigEndian(address.Bytes);

    /// <summary>The hash as a word (big-endian).</summary>
    public static UInt256 FromHash(in Hash256 hash) => UInt256.FromBigEndian(hash.Bytes);

    /// <summary>The word as a hash (big-endian).</summary>
    [SkipLocalsInit]
    public static Hash256 ToHash(in UInt256 word)
    {
        Span<byte> bytes = stackalloc byte[32];
        word.WriteBigEndian(bytes);
        return new Hash256(bytes);
    }
}
