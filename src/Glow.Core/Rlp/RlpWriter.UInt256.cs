namespace Glow.Core.Rlp;

// Reserved for the Glow.Core.Numerics.UInt256 overload, added by the lead when that type lands:
//   WriteUInt256(in UInt256 value): value.WriteBigEndianTrimmed into a 32-byte stackalloc buffer, then
//   WriteBytes of its first value.ByteLength bytes (BE without leading zeros, zero as 0x80; Appendix B, scalars).
public ref partial struct RlpWriter
{
}
