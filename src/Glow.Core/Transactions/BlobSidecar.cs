namespace Glow.Core.Transactions;

/// <summary>
/// The data a blob transaction carries beside itself in its network form (EIP-4844, "Networking"): the blobs, one
/// KZG commitment per blob and one KZG proof per blob, in the order of the transaction's
/// <see cref="Transaction.BlobVersionedHashes"/>. Immutable. The constructor checks only counts and sizes; whether
/// the commitments match the versioned hashes and the proofs the blobs is for a KZG verifier to say.
/// </summary>
public sealed class BlobSidecar
{
    /// <summary>Field elements in a blob (EIP-4844 FIELD_ELEMENTS_PER_BLOB).</summary>
    public const int FieldElementsPerBlob = 4096;

    /// <summary>Bytes of one field element, a big-endian integer below the BLS12-381 scalar modulus.</summary>
    public const int BytesPerFieldElement = 32;

    /// <summary>Bytes of one blob: 4096 field elements of 32 bytes.</summary>
    public const int BytesPerBlob = FieldElementsPerBlob * BytesPerFieldElement;

    /// <summary>Bytes of one KZG commitment (a compressed BLS12-381 G1 point).</summary>
    public const int BytesPerCommitment = 48;

    /// <summary>Bytes of one KZG proof (a compressed BLS12-381 G1 point).</summary>
    public const int BytesPerProof = 48;

    /// <summary>
    /// A sidecar of <paramref name="blobs"/>, <paramref name="commitments"/> and <paramref name="proofs"/>, held as
    /// given (not copied): the caller must not change the memory afterwards.
    /// </summary>
    /// <exception cref="ArgumentException">The three lists differ in length, or an item has the wrong size.</exception>
    public BlobSidecar(
        IReadOnlyList<ReadOnlyMemory<byte>> blobs,
        IReadOnlyList<ReadOnlyMemory<byte>> commitments,
        IReadOnlyList<ReadOnlyMemory<byte>> proofs)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(proofs);
        if (commitments.Count != blobs.Count || proofs.Count != blobs.Count)
        {
            throw new ArgumentException(
                $"a sidecar needs one commitment and one proof per blob: {blobs.Count} blobs, {commitments.Count} commitments, {proofs.Count} proofs",
                nameof(commitments));
        }

        CheckSizes(blobs, BytesPerBlob, "blob", nameof(blobs));
        CheckSizes(commitments, BytesPerCommitment, "commitment", nameof(commitments));
        CheckSizes(proofs, BytesPerProof, "proof", nameof(proofs));
        Blobs = blobs;
        Commitments = commitments;
        Proofs = proofs;
    }

    /// <summary>The blobs, each <see cref="BytesPerBlob"/> bytes.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Blobs { get; }

    /// <summary>The KZG commitments, each <see cref="BytesPerCommitment"/> bytes.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Commitments { get; }

    /// <summary>The KZG proofs, each <see cref="BytesPerProof"/> bytes.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Proofs { get; }

    /// <summary>The number of blobs (equal to the number of commitments and of proofs).</summary>
    public int Count => Blobs.Count;

    private static void CheckSizes(IReadOnlyList<ReadOnlyMemory<byte>> items, int size, string what, string parameter)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Length != size)
            {
                throw new ArgumentException($"{what} {i} is {items[i].Length} bytes, expected {size}", parameter);
            }
        }
    }
}
