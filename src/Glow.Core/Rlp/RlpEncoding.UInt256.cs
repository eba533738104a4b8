using Glow.Core.Numerics;

namespace Glow.Core.Rlp;

public static partial class RlpEncoding
{
    /// <summary>Encoded length of the integer <paramref name="value"/>: 1 below 0x80 (zero included, as 0x80), else 1 + its byte length.</summary>
    public static int LengthOf(in UInt256 value) =>
        value.IsUInt64 ? LengthOf(value.U0) : 1 + value.ByteLength;

    /// <summary>Encoded length of a 20-byte address.</summary>
    public const int AddressLength = 21;

    /// <summary>Encoded length of a 32-byte hash.</summary>
    public const int HashLength = 33;
}
