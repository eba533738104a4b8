using Glow.Core.Numerics;

namespace Glow.Core.Rlp;

public ref partial struct RlpWriter
{
    /// <summary>Writes <paramref name="value"/> as an integer: big-endian without leading zeros, zero as 0x80 (Appendix B, scalars).</summary>
    public void WriteUInt256(in UInt256 value)
    {
        if (value.IsUInt64)
        {
            WriteUInt64(value.U0);
            return;
        }

        Span<byte> bytes = stackalloc byte[32];
        var length = value.ByteLength;
        value.WriteBigEndianTrimmed(bytes[..length]);
        WriteBytes(bytes[..length]);
    }

    /// <summary>Writes a 20-byte address as a byte string.</summary>
    public void WriteAddress(in Address address) => WriteBytes(address.Bytes);

    /// <summary>Writes a 32-byte hash as a byte string.</summary>
    public void WriteHash(in Hash256 hash) => WriteBytes(hash.Bytes);
}
