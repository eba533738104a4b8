namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// The outcome of decoding a compressed point in the ZCash format (the one the KZG specification and EIP-4844 use):
/// the first byte's top three bits are the compression flag (must be set), the infinity flag and the sign of y.
/// </summary>
internal enum PointDecodeResult
{
    /// <summary>A valid point of the prime-order subgroup (or the point at infinity).</summary>
    Valid,

    /// <summary>The input is not 48 bytes (G1) or 96 bytes (G2).</summary>
    WrongLength,

    /// <summary>The compression flag is clear: only compressed encodings are accepted.</summary>
    NotCompressed,

    /// <summary>The infinity flag is set but the sign flag or some other bit is not zero.</summary>
    InvalidInfinity,

    /// <summary>A coordinate is not below p.</summary>
    NonCanonicalCoordinate,

    /// <summary>No point of the curve has this x-coordinate.</summary>
    NotOnCurve,

    /// <summary>The point is on the curve but not in the subgroup of order r.</summary>
    NotInSubgroup,
}
