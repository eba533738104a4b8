using Glow.Core;
using Glow.Core.Transactions;
using Glow.Evm.Precompiles.Bls12381;
using Glow.Evm.Precompiles.Kzg;

namespace Glow.Benchmarks;

/// <summary>
/// Blobs of random field elements (every element non-zero, the costliest case to evaluate) with valid commitments and
/// proofs under a test setup whose τ is drawn from a fixed seed. A test setup is needed because the mainnet one
/// cannot commit without its 4096 G1 points; verification costs the same under any setup.
/// </summary>
internal sealed class BlobSidecarFixture
{
    public BlobSidecarFixture(int count, int seed)
    {
        var random = new Random(seed);
        var tau = RandomFr(random);
        Span<ulong> limbs = stackalloc ulong[4];
        tau.WriteLimbs(limbs);
        Verifier = KzgVerifier.FromTauG2(G2.Generator.ToJacobian().Multiply(limbs).ToAffine());
        Validator = new BlobSidecarValidator(Verifier);

        var blobs = new ReadOnlyMemory<byte>[count];
        var commitments = new ReadOnlyMemory<byte>[count];
        var proofs = new ReadOnlyMemory<byte>[count];
        var hashes = new Hash256[count];
        for (var i = 0; i < count; i++)
        {
            var blob = new byte[BlobSidecar.BytesPerBlob];
            for (var j = 0; j < BlobSidecar.FieldElementsPerBlob; j++)
            {
                RandomFr(random).Write(blob.AsSpan(j * Fr.ByteLength, Fr.ByteLength));
            }

            // p(τ) by the barycentric formula, then the commitment and the opening at the blob's challenge.
            _ = BlobPolynomial.TryEvaluate(blob, tau, out var pTau, out _);
            var commitment = Encode(Multiply(pTau));
            var z = BlobPolynomial.ComputeChallenge(blob, commitment);
            _ = BlobPolynomial.TryEvaluate(blob, z, out var y, out _);
            blobs[i] = blob;
            commitments[i] = commitment;
            proofs[i] = Encode(Multiply((pTau - y) * (tau - z).Inverse()));
            hashes[i] = KzgVerifier.VersionedHash(commitment);
        }

        Sidecar = new BlobSidecar(blobs, commitments, proofs);
        VersionedHashes = hashes;
        if (Validator.Validate(VersionedHashes, Sidecar) is { } error)
        {
            throw new InvalidOperationException($"benchmark sidecar does not verify: {error}");
        }
    }

    public KzgVerifier Verifier { get; }

    public BlobSidecarValidator Validator { get; }

    public BlobSidecar Sidecar { get; }

    public Hash256[] VersionedHashes { get; }

    private static Fr RandomFr(Random random)
    {
        Span<byte> bytes = stackalloc byte[32];
        random.NextBytes(bytes);
        return Fr.FromBytesReduced(bytes);
    }

    private static AffinePoint<Fp> Multiply(in Fr k)
    {
        Span<ulong> limbs = stackalloc ulong[4];
        k.WriteLimbs(limbs);
        return G1.Generator.ToJacobian().Multiply(limbs).ToAffine();
    }

    private static byte[] Encode(in AffinePoint<Fp> p)
    {
        var bytes = new byte[G1.CompressedLength];
        G1.Compress(p, bytes);
        return bytes;
    }
}
