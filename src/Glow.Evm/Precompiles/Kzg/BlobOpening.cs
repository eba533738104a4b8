using Glow.Evm.Precompiles.Bls12381;

namespace Glow.Evm.Precompiles.Kzg;

/// <summary>
/// One blob's claim, decoded and ready for the pairing check: the polynomial committed to by <see cref="Commitment"/>
/// takes the value <see cref="Y"/> at the challenge <see cref="Z"/>, as <see cref="Proof"/> proves.
/// </summary>
internal readonly struct BlobOpening
{
    /// <summary>The commitment C (a validated G1 point).</summary>
    public readonly AffinePoint<Fp> Commitment;

    /// <summary>The proof π (a validated G1 point).</summary>
    public readonly AffinePoint<Fp> Proof;

    /// <summary>The challenge z computed from the blob and the commitment.</summary>
    public readonly Fr Z;

    /// <summary>The blob's polynomial evaluated at z.</summary>
    public readonly Fr Y;

    /// <summary>The claim that the polynomial of <paramref name="commitment"/> is <paramref name="y"/> at <paramref name="z"/>.</summary>
    public BlobOpening(in AffinePoint<Fp> commitment, in AffinePoint<Fp> proof, in Fr z, in Fr y)
    {
        Commitment = commitment;
        Proof = proof;
        Z = z;
        Y = y;
    }
}
