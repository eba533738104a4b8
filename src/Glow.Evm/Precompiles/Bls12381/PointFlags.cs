namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>The flag bits in the first byte of a ZCash-format point encoding.</summary>
internal static class PointFlags
{
    /// <summary>Set for a compressed encoding (x only, plus the sign of y).</summary>
    public const byte Compressed = 0x80;

    /// <summary>Set for the point at infinity.</summary>
    public const byte Infinity = 0x40;

    /// <summary>Set when y is the lexicographically larger root.</summary>
    public const byte Sign = 0x20;

    /// <summary>The bits of the first byte that belong to the coordinate.</summary>
    public const byte ValueMask = 0x1F;
}
