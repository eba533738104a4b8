namespace Glow.Core.Rlp;

// Reserved for the Glow.Core.Numerics.UInt256 overload, added by the lead when that type lands:
//   ReadUInt256(): UInt256.FromBigEndian(ReadIntegerBytes(32)), which applies the strict integer rules
//   (no leading zero byte, at most 32 bytes; Appendix B, scalars).
public ref partial struct RlpReader
{
}
