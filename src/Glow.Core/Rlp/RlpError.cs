namespace Glow.Core.Rlp;

/// <summary>
/// Which rule of RLP an input broke. Every rule is enforced by <see cref="RlpReader"/>; there is no tolerant
/// mode. The structural rules (everything except the integer rules) apply to every item the reader steps over
/// with a header it parses; the integer rules apply only when an item is read as an integer; the trailing-byte
/// rules apply when the caller asks with <see cref="RlpReader.EnsureAtEnd"/>.
/// </summary>
public enum RlpError
{
    /// <summary>The input ends before the header or payload it declares (also: empty input where an item was expected).</summary>
    Truncated,

    /// <summary>
    /// A single byte below 0x80 wrapped in a one-byte string header (<c>0x81 0x05</c>); Appendix B, R_b, first case:
    /// such a byte is its own encoding.
    /// </summary>
    NonCanonicalSingleByte,

    /// <summary>
    /// The long form (0xb8..0xbf, 0xf8..0xff) used for a payload shorter than 56 bytes; Appendix B, R_b and R_l:
    /// the short form is required below 56 bytes.
    /// </summary>
    NonCanonicalLength,

    /// <summary>
    /// A long-form length with a leading zero byte; Appendix B: the length is BE(||x||), the minimal big-endian
    /// form, which has no leading zeros.
    /// </summary>
    LeadingZeroInLength,

    /// <summary>A declared length beyond what this implementation addresses (more than <see cref="int.MaxValue"/> bytes).</summary>
    LengthOverflow,

    /// <summary>
    /// An integer with leading zero bytes (including the byte 0x00: zero is the empty string 0x80). Appendix B,
    /// scalars: RLP(n) = RLP(BE(n)), and a decoder must treat leading zeros in a scalar as invalid RLP.
    /// </summary>
    LeadingZeroInInteger,

    /// <summary>An integer with more bytes than the type it is read into holds.</summary>
    IntegerOverflow,

    /// <summary>A list where a byte array was expected.</summary>
    UnexpectedList,

    /// <summary>A byte array where a list was expected.</summary>
    UnexpectedBytes,

    /// <summary>Bytes left over after the top-level item of a buffer decoded as a whole.</summary>
    TrailingBytes,

    /// <summary>A list whose declared content length does not match its items (items stop short of it or run past it).</summary>
    ListLengthMismatch,

    /// <summary>A byte string of the wrong fixed size (an address that is not 20 bytes, a hash that is not 32).</summary>
    UnexpectedLength,
}
