namespace Glow.Core.Rlp;

// Reserved for the Glow.Core.Numerics.UInt256 overload, added by the lead when that type lands:
//   LengthOf(in UInt256 value): 1 when value < 0x80 (zero included, as 0x80), else 1 + value.ByteLength
//   (Appendix B, scalars). Until then LengthOfInteger covers integers of any width.
public static partial class RlpEncoding
{
}
