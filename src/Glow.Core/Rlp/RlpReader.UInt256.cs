using Glow.Core.Numerics;

namespace Glow.Core.Rlp;

public ref partial struct RlpReader
{
    /// <summary>Reads a strict integer of at most 32 bytes (no leading zero byte; Appendix B, scalars).</summary>
    public UInt256 ReadUInt256() => UInt256.FromBigEndian(ReadIntegerBytes(32));

    /// <summary>Reads a byte string that must be exactly 20 bytes, as an address.</summary>
    /// <exception cref="RlpException">The item is a list or not 20 bytes long.</exception>
    public Address ReadAddress()
    {
        var start = _origin + _position;
        var bytes = ReadBytes();
        return bytes.Length == Address.Size
            ? new Address(bytes)
            : throw new RlpException(RlpError.UnexpectedLength, start, $"expected a 20-byte address, got {bytes.Length} bytes");
    }

    /// <summary>Reads a byte string that must be exactly 32 bytes, as a hash.</summary>
    /// <exception cref="RlpException">The item is a list or not 32 bytes long.</exception>
    public Hash256 ReadHash()
    {
        var start = _origin + _position;
        var bytes = ReadBytes();
        return bytes.Length == Hash256.Size
            ? new Hash256(bytes)
            : throw new RlpException(RlpError.UnexpectedLength, start, $"expected a 32-byte hash, got {bytes.Length} bytes");
    }
}
