using System.Buffers.Binary;
using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.Rlp;

namespace Glow.State.World;

/// <summary>Keys and values of the state tables and tries, in one place.</summary>
internal static class StateKeys
{
    /// <summary>Length of a flat storage key: address then slot.</summary>
    public const int StorageKeyLength = Address.Size + 32;

    /// <summary><c>Metadata</c> key of the state head (block number then root).</summary>
    public static ReadOnlySpan<byte> HeadKey => "state-head"u8;

    /// <summary><c>Metadata</c> key of the history mode (<see cref="StateHistory.ToString"/>).</summary>
    public static ReadOnlySpan<byte> HistoryKey => "state-history"u8;

    /// <summary>Writes the flat storage key of <paramref name="slot"/> of <paramref name="address"/>.</summary>
    public static void StorageKey(in Address address, in UInt256 slot, Span<byte> destination)
    {
        address.CopyTo(destination);
        slot.WriteBigEndian(destination.Slice(Address.Size, 32));
    }

    /// <summary>The trie key of a storage slot: Keccak-256 of the slot as 32 big-endian bytes.</summary>
    public static void HashedSlot(in UInt256 slot, Span<byte> destination)
    {
        Span<byte> raw = stackalloc byte[32];
        slot.WriteBigEndian(raw);
        Keccak256.Hash(raw, destination);
    }

    /// <summary>Block number as 8 big-endian bytes (the key of the per-block tables).</summary>
    public static byte[] BlockKey(ulong number)
    {
        var key = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(key, number);
        return key;
    }

    /// <summary>The stored head: block number then root.</summary>
    public static byte[] EncodeHead(in StateHead head)
    {
        var value = new byte[8 + Hash256.Size];
        BinaryPrimitives.WriteUInt64BigEndian(value, head.BlockNumber);
        head.Root.CopyTo(value.AsSpan(8));
        return value;
    }

    /// <summary>Decodes <see cref="EncodeHead"/>; false when the bytes have the wrong length.</summary>
    public static bool TryDecodeHead(ReadOnlySpan<byte> value, out StateHead head)
    {
        head = default;
        if (value.Length != 8 + Hash256.Size)
        {
            return false;
        }

        head = new StateHead(BinaryPrimitives.ReadUInt64BigEndian(value), new Hash256(value[8..]));
        return true;
    }

    /// <summary>A storage value as the storage trie holds it: the RLP of its big-endian bytes without leading zeros.</summary>
    public static byte[] EncodeTrieValue(in UInt256 value)
    {
        Span<byte> buffer = stackalloc byte[33];
        var writer = new RlpWriter(buffer);
        writer.WriteUInt256(value);
        return buffer[..writer.Position].ToArray();
    }

    /// <summary>Decodes a storage trie value.</summary>
    /// <exception cref="RlpException">Not a canonical RLP integer of at most 32 bytes.</exception>
    public static UInt256 DecodeTrieValue(ReadOnlySpan<byte> encoded)
    {
        var reader = new RlpReader(encoded);
        var value = reader.ReadUInt256();
        reader.EnsureAtEnd();
        return value;
    }

    /// <summary>A storage value as the flat table holds it: big-endian without leading zeros (never zero).</summary>
    public static ReadOnlySpan<byte> FlatValue(in UInt256 value, Span<byte> buffer32)
    {
        var length = value.ByteLength;
        value.WriteBigEndianTrimmed(buffer32[..length]);
        return buffer32[..length];
    }
}
