using Glow.Evm.Precompiles.Bls12381;

namespace Glow.Evm.Precompiles.Kzg;

/// <summary>
/// KZG opening-proof verification over BLS12-381 (the Deneb polynomial-commitments specification's
/// <c>verify_kzg_proof</c>, used by the EIP-4844 point-evaluation precompile): a proof π shows that the polynomial
/// committed to by C takes the value y at z.
/// </summary>
/// <remarks>
/// The specification checks e(C − [y]₁, −[1]₂) · e(π, [τ]₂ − [z]₂) = 1. By bilinearity
/// e(π, [τ]₂ − [z]₂) = e(π, [τ]₂) · e([z]π, −[1]₂), so this verifier checks the equal product
/// e(C − [y]₁ + [z]π, −[1]₂) · e(π, [τ]₂) = 1: both G2 points are then fixed, their Miller-loop lines are
/// precomputed once, and the only scalar multiplications are in G1. Thread-safe and immutable.
/// </remarks>
public sealed partial class KzgVerifier
{
    /// <summary>Size of a compressed commitment or proof (a G1 point).</summary>
    public const int PointLength = G1.CompressedLength;

    /// <summary>Size of a field element (z or y) encoding.</summary>
    public const int FieldElementLength = Fr.ByteLength;

    private static readonly G2Prepared NegatedG2 = new(G2.Generator.Negate());

    private readonly G2Prepared _tauG2;

    private KzgVerifier(in AffinePoint<Fp2> tauG2)
    {
        _tauG2 = new G2Prepared(tauG2);
    }

    /// <summary>The verifier for Ethereum's mainnet trusted setup (<see cref="MainnetTrustedSetup"/>).</summary>
    public static KzgVerifier Mainnet { get; } = FromTauG2(Convert.FromHexString(MainnetTrustedSetup.TauG2Hex));

    /// <summary>
    /// A verifier for the setup whose [τ]₂ is the given 96-byte compressed G2 point.
    /// </summary>
    /// <exception cref="ArgumentException">The bytes are not a valid G2 point.</exception>
    public static KzgVerifier FromTauG2(ReadOnlySpan<byte> compressedTauG2)
    {
        var result = G2.Decompress(compressedTauG2, out var point);
        return result == PointDecodeResult.Valid
            ? new KzgVerifier(point)
            : throw new ArgumentException($"[τ]₂ is not a valid G2 point: {result}.", nameof(compressedTauG2));
    }

    /// <summary>A verifier for a given [τ]₂ (test setups).</summary>
    internal static KzgVerifier FromTauG2(in AffinePoint<Fp2> tauG2) => new(tauG2);

    /// <summary>
    /// True when <paramref name="proof"/> proves that the polynomial committed to by <paramref name="commitment"/>
    /// evaluates to <paramref name="y"/> at <paramref name="z"/>. False for any invalid input as well: commitment and
    /// proof must be 48-byte compressed G1 points of the subgroup (or infinity), z and y 32-byte big-endian integers
    /// below the BLS modulus r.
    /// </summary>
    public bool VerifyProof(ReadOnlySpan<byte> commitment, ReadOnlySpan<byte> z, ReadOnlySpan<byte> y, ReadOnlySpan<byte> proof)
    {
        if (z.Length != FieldElementLength || y.Length != FieldElementLength
            || !Fr.TryRead(z, out var zValue) || !Fr.TryRead(y, out var yValue)
            || G1.Decompress(commitment, out var c) != PointDecodeResult.Valid
            || G1.Decompress(proof, out var pi) != PointDecodeResult.Valid)
        {
            return false;
        }

        return VerifyProof(c, zValue, yValue, pi);
    }

    /// <summary>The pairing check on decoded inputs (both points already validated).</summary>
    internal bool VerifyProof(in AffinePoint<Fp> commitment, in Fr z, in Fr y, in AffinePoint<Fp> proof)
    {
        // C − [y]G + [z]π, the two products sharing one doubling chain.
        var lhs = G1MultiScalar.MultiplyAndAddGenerator(proof, z, -y).Add(commitment).ToAffine();
        return Pairing.Check([lhs, proof], [NegatedG2, _tauG2]);
    }
}
