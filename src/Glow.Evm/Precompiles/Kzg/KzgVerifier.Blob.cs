using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Glow.Core;
using Glow.Core.Transactions;
using Glow.Evm.Precompiles.Bls12381;

namespace Glow.Evm.Precompiles.Kzg;

/// <summary>
/// Blob proofs (Deneb polynomial-commitments specification, <c>verify_blob_kzg_proof</c> and
/// <c>verify_blob_kzg_proof_batch</c>), as EIP-4844 requires of a blob transaction's network form.
/// </summary>
public sealed partial class KzgVerifier
{
    /// <summary>The version byte of a KZG versioned hash (EIP-4844 VERSIONED_HASH_VERSION_KZG).</summary>
    public const byte VersionedHashVersion = 0x01;

    /// <summary>Openings held on the stack by the batch check; more go to a pooled array.</summary>
    private const int StackOpenings = 8;

    /// <summary>RANDOM_CHALLENGE_KZG_BATCH_DOMAIN, the first 16 bytes of the batch transcript.</summary>
    private static ReadOnlySpan<byte> BatchDomain => "RCKZGBATCH___V1_"u8;

    /// <summary>
    /// The versioned hash of a commitment (EIP-4844 <c>kzg_to_versioned_hash</c>):
    /// VERSIONED_HASH_VERSION_KZG ‖ sha256(commitment)[1..32].
    /// </summary>
    public static Hash256 VersionedHash(ReadOnlySpan<byte> commitment)
    {
        Span<byte> hash = stackalloc byte[Hash256.Size];
        SHA256.HashData(commitment, hash);
        hash[0] = VersionedHashVersion;
        return new Hash256(hash);
    }

    /// <summary>
    /// True when <paramref name="proof"/> shows that <paramref name="blob"/> is the polynomial committed to by
    /// <paramref name="commitment"/> (<c>verify_blob_kzg_proof</c>): the challenge z is derived from blob and
    /// commitment, y is the blob evaluated at z, and the KZG opening (z, y) is checked. False for any malformed input
    /// as well: a blob other than 131,072 bytes or with a field element not below r, a commitment or proof that is not
    /// a 48-byte compressed point of the G1 subgroup.
    /// </summary>
    public bool VerifyBlobProof(ReadOnlySpan<byte> blob, ReadOnlySpan<byte> commitment, ReadOnlySpan<byte> proof) =>
        TryOpen(blob, commitment, proof, out var opening) is null && VerifyOpening(opening);

    /// <summary>
    /// True when every proof verifies its blob against its commitment (<c>verify_blob_kzg_proof_batch</c>), and for
    /// no blobs at all. The lists must be of one length (false otherwise). The pairing checks are merged into one with
    /// the specification's deterministic random linear combination: a batch of n costs one pairing check rather than
    /// n. False for any malformed input, as <see cref="VerifyBlobProof"/>.
    /// </summary>
    public bool VerifyBlobProofBatch(
        IReadOnlyList<ReadOnlyMemory<byte>> blobs,
        IReadOnlyList<ReadOnlyMemory<byte>> commitments,
        IReadOnlyList<ReadOnlyMemory<byte>> proofs)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(proofs);
        var count = blobs.Count;
        if (commitments.Count != count || proofs.Count != count)
        {
            return false;
        }

        BlobOpening[]? rented = null;
        var openings = count <= StackOpenings
            ? stackalloc BlobOpening[StackOpenings]
            : (rented = ArrayPool<BlobOpening>.Shared.Rent(count));
        try
        {
            for (var i = 0; i < count; i++)
            {
                if (TryOpen(blobs[i].Span, commitments[i].Span, proofs[i].Span, out openings[i]) is not null)
                {
                    return false;
                }
            }

            return VerifyOpenings(openings[..count], commitments, proofs);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<BlobOpening>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Decodes a blob's commitment and proof and computes its challenge z and evaluation y. Returns null on success,
    /// otherwise what is wrong, for people (the first problem found: commitment, proof, then the blob's field elements).
    /// </summary>
    internal static string? TryOpen(ReadOnlySpan<byte> blob, ReadOnlySpan<byte> commitment, ReadOnlySpan<byte> proof, out BlobOpening opening)
    {
        opening = default;
        if (blob.Length != BlobSidecar.BytesPerBlob)
        {
            return string.Create(CultureInfo.InvariantCulture, $"blob is {blob.Length} bytes, expected {BlobSidecar.BytesPerBlob}");
        }

        var decoded = G1.Decompress(commitment, out var c);
        if (decoded != PointDecodeResult.Valid)
        {
            return $"commitment is not a valid compressed G1 point ({decoded})";
        }

        decoded = G1.Decompress(proof, out var pi);
        if (decoded != PointDecodeResult.Valid)
        {
            return $"proof is not a valid compressed G1 point ({decoded})";
        }

        var z = BlobPolynomial.ComputeChallenge(blob, commitment);
        if (!BlobPolynomial.TryEvaluate(blob, z, out var y, out var badElement))
        {
            return string.Create(CultureInfo.InvariantCulture, $"field element {badElement} of the blob is not below the BLS modulus");
        }

        opening = new BlobOpening(c, pi, z, y);
        return null;
    }

    /// <summary>The pairing check of one opening (<c>verify_kzg_proof_impl</c>).</summary>
    internal bool VerifyOpening(in BlobOpening opening) => VerifyProof(opening.Commitment, opening.Z, opening.Y, opening.Proof);

    /// <summary>
    /// All openings at once (<c>verify_kzg_proof_batch</c>). With r the hash of the transcript and rᵢ = r^i, the
    /// specification checks e(Σ rᵢπᵢ, −[τ]₂) · e(Σ rᵢ(Cᵢ − [yᵢ]G) + Σ rᵢzᵢπᵢ, [1]₂) = 1; this checks its reciprocal
    /// e(Σ rᵢCᵢ + Σ rᵢzᵢπᵢ − [Σ rᵢyᵢ]G, −[1]₂) · e(Σ rᵢπᵢ, [τ]₂) = 1 (one is 1 exactly when the other is), whose G2 points
    /// are fixed and prepared once (see the type remarks). The two sums are multi-scalar sums with shared doublings.
    /// <paramref name="commitments"/> and <paramref name="proofs"/> are the encodings the openings were decoded from.
    /// </summary>
    internal bool VerifyOpenings(ReadOnlySpan<BlobOpening> openings, IReadOnlyList<ReadOnlyMemory<byte>> commitments, IReadOnlyList<ReadOnlyMemory<byte>> proofs)
    {
        if (openings.IsEmpty)
        {
            return true;
        }

        if (openings.Length == 1)
        {
            return VerifyOpening(openings[0]);
        }

        var r = BatchChallenge(openings, commitments, proofs);
        var n = openings.Length;

        // Left: C₀ … Cₙ₋₁, π₀ … πₙ₋₁ and G with rᵢ, rᵢzᵢ and −Σ rᵢyᵢ; right: π₀ … πₙ₋₁ with rᵢ.
        var terms = (2 * n) + 1;
        AffinePoint<Fp>[]? rentedPoints = null;
        Fr[]? rentedScalars = null;
        var points = terms <= (2 * StackOpenings) + 1
            ? stackalloc AffinePoint<Fp>[(2 * StackOpenings) + 1]
            : (rentedPoints = ArrayPool<AffinePoint<Fp>>.Shared.Rent(terms));
        var scalars = terms <= (2 * StackOpenings) + 1
            ? stackalloc Fr[(2 * StackOpenings) + 1]
            : (rentedScalars = ArrayPool<Fr>.Shared.Rent(terms));
        try
        {
            var power = Fr.One;
            var ySum = Fr.Zero;
            for (var i = 0; i < n; i++)
            {
                ref readonly var o = ref openings[i];
                points[i] = o.Commitment;
                scalars[i] = power;
                points[n + i] = o.Proof;
                scalars[n + i] = power * o.Z;
                ySum += power * o.Y;
                power *= r;
            }

            points[2 * n] = G1.Generator;
            scalars[2 * n] = -ySum;
            var left = G1MultiScalar.Sum(points[..terms], scalars[..terms]);

            // The right sum reuses the proofs' slots with the plain powers.
            for (var i = 0; i < n; i++)
            {
                scalars[n + i] = scalars[i];
            }

            var right = G1MultiScalar.Sum(points.Slice(n, n), scalars.Slice(n, n));
            return Pairing.Check([left.ToAffine(), right.ToAffine()], [NegatedG2, _tauG2]);
        }
        finally
        {
            if (rentedPoints is not null)
            {
                ArrayPool<AffinePoint<Fp>>.Shared.Return(rentedPoints);
            }

            if (rentedScalars is not null)
            {
                ArrayPool<Fr>.Shared.Return(rentedScalars);
            }
        }
    }

    /// <summary>
    /// r = hash_to_bls_field(RANDOM_CHALLENGE_KZG_BATCH_DOMAIN ‖ 4096 as 8 big-endian bytes ‖ n as 8 big-endian bytes
    /// ‖ for each opening: commitment ‖ z ‖ y ‖ proof).
    /// </summary>
    private static Fr BatchChallenge(ReadOnlySpan<BlobOpening> openings, IReadOnlyList<ReadOnlyMemory<byte>> commitments, IReadOnlyList<ReadOnlyMemory<byte>> proofs)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> buffer = stackalloc byte[16];
        sha.AppendData(BatchDomain);
        BinaryPrimitives.WriteUInt64BigEndian(buffer, BlobSidecar.FieldElementsPerBlob);
        BinaryPrimitives.WriteUInt64BigEndian(buffer[8..], (ulong)openings.Length);
        sha.AppendData(buffer);
        Span<byte> field = stackalloc byte[Fr.ByteLength];
        for (var i = 0; i < openings.Length; i++)
        {
            sha.AppendData(commitments[i].Span);
            openings[i].Z.Write(field);
            sha.AppendData(field);
            openings[i].Y.Write(field);
            sha.AppendData(field);
            sha.AppendData(proofs[i].Span);
        }

        Span<byte> hash = stackalloc byte[32];
        sha.GetHashAndReset(hash);
        return Fr.FromBytesReduced(hash);
    }
}
