using System.Buffers.Binary;

namespace Glow.Node.Chain;

/// <summary>Keys of the chain's rows (the tables are described in <c>Glow.Core.Db.DbTable</c>).</summary>
internal static class ChainKeys
{
    /// <summary>Metadata key of the canonical head's hash.</summary>
    public static ReadOnlySpan<byte> HeadKey => "chain-head"u8;

    /// <summary>A block number as a key: 8 bytes big-endian, so rows sort by height.</summary>
    public static byte[] Number(ulong number)
    {
        var key = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(key, number);
        return key;
    }
}
