using System.Buffers.Binary;
using Glow.Core.Crypto;

namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// Reading without the move into Montgomery form, for sums linear in many inputs (a blob's 4096 field elements):
/// each read saves a multiplication, and one <see cref="Unscale"/> of the result restores the true value.
/// </summary>
internal readonly partial struct Fr
{
    /// <summary>
    /// Reads a 32-byte big-endian integer v as the element v·2^−256 (its limbs taken as the Montgomery form as they
    /// are). Returns false when v is not below r, as <see cref="TryRead"/> does.
    /// </summary>
    public static bool TryReadScaled(ReadOnlySpan<byte> bigEndian32, out Fr scaled)
    {
        var l3 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian32);
        var l2 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[8..]);
        var l1 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[16..]);
        var l0 = BinaryPrimitives.ReadUInt64BigEndian(bigEndian32[24..]);
        _ = Carry.Sub(l0, M0, 0, out var b);
        _ = Carry.Sub(l1, M1, b, out b);
        _ = Carry.Sub(l2, M2, b, out b);
        _ = Carry.Sub(l3, M3, b, out b);
        scaled = b == 0 ? default : new Fr(l0, l1, l2, l3);
        return b != 0;
    }

    /// <summary>x·2^256: turns a value read (or summed from values read) by <see cref="TryReadScaled"/> into the true one.</summary>
    public Fr Unscale() => this * R2;
}
