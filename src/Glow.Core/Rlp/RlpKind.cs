namespace Glow.Core.Rlp;

/// <summary>
/// The two kinds of RLP item (Yellow Paper, Appendix B: the set T is the disjoint union of byte arrays B
/// and sequences L; the disjoint union is what tells the empty byte array 0x80 from the empty list 0xc0).
/// </summary>
public enum RlpKind
{
    /// <summary>A byte array (B): first byte below 0xc0.</summary>
    Bytes,

    /// <summary>A sequence of items (L): first byte 0xc0 or above.</summary>
    List,
}
