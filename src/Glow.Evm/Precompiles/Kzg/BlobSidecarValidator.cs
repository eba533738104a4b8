using System.Buffers;
using System.Globalization;
using Glow.Core;
using Glow.Core.Transactions;

namespace Glow.Evm.Precompiles.Kzg;

/// <summary>
/// Checks a blob transaction's sidecar against the transaction (EIP-4844, "Networking"): one blob, commitment and
/// proof per versioned hash; each versioned hash equal to <see cref="KzgVerifier.VersionedHash"/> of its commitment;
/// every commitment and proof a valid compressed G1 point; every field element of every blob below the BLS modulus;
/// and every blob's KZG proof valid. Thread-safe and immutable.
/// </summary>
/// <remarks>
/// The checks that cost no pairing come first, blob by blob, and the first blob that fails one is named. Only when
/// every blob passes them are the proofs verified, all in one batched pairing check; when that fails, the proofs are
/// checked one by one to name the first invalid one.
/// </remarks>
public sealed class BlobSidecarValidator
{
    /// <summary>Openings held on the stack; more go to a pooled array.</summary>
    private const int StackOpenings = 8;

    private readonly KzgVerifier _verifier;

    /// <summary>A validator verifying proofs against <paramref name="verifier"/>'s trusted setup.</summary>
    public BlobSidecarValidator(KzgVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        _verifier = verifier;
    }

    /// <summary>The validator for Ethereum's mainnet trusted setup.</summary>
    public static BlobSidecarValidator Mainnet { get; } = new(KzgVerifier.Mainnet);

    /// <summary>
    /// Null when <paramref name="sidecar"/> is valid for <paramref name="transaction"/>'s versioned hashes; otherwise
    /// why not, naming the first failing blob (for example
    /// <c>blob 1: versioned hash 0x01… does not match its commitment (expected 0x01…)</c> or
    /// <c>blob 0: invalid KZG proof</c>).
    /// </summary>
    public string? Validate(Transaction transaction, BlobSidecar sidecar)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return Validate(transaction.BlobVersionedHashes, sidecar);
    }

    /// <summary>Null when <paramref name="sidecar"/> is valid for <paramref name="versionedHashes"/>; otherwise why not (see <see cref="Validate(Transaction, BlobSidecar)"/>).</summary>
    public string? Validate(IReadOnlyList<Hash256> versionedHashes, BlobSidecar sidecar)
    {
        ArgumentNullException.ThrowIfNull(versionedHashes);
        ArgumentNullException.ThrowIfNull(sidecar);
        var count = sidecar.Count;
        if (versionedHashes.Count != count)
        {
            return string.Create(CultureInfo.InvariantCulture, $"sidecar has {count} blobs for {versionedHashes.Count} versioned hashes");
        }

        BlobOpening[]? rented = null;
        var openings = count <= StackOpenings
            ? stackalloc BlobOpening[StackOpenings]
            : (rented = ArrayPool<BlobOpening>.Shared.Rent(count));
        try
        {
            for (var i = 0; i < count; i++)
            {
                var commitment = sidecar.Commitments[i].Span;
                var expected = KzgVerifier.VersionedHash(commitment);
                if (versionedHashes[i] != expected)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"blob {i}: versioned hash {versionedHashes[i]} does not match its commitment (expected {expected})");
                }

                var problem = KzgVerifier.TryOpen(sidecar.Blobs[i].Span, commitment, sidecar.Proofs[i].Span, out openings[i]);
                if (problem is not null)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"blob {i}: {problem}");
                }
            }

            if (_verifier.VerifyOpenings(openings[..count], sidecar.Commitments, sidecar.Proofs))
            {
                return null;
            }

            for (var i = 0; i < count; i++)
            {
                if (!_verifier.VerifyOpening(openings[i]))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"blob {i}: invalid KZG proof");
                }
            }

            // Unreachable unless the batch disagrees with the single checks, which happens with negligible probability.
            return "invalid KZG proofs";
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<BlobOpening>.Shared.Return(rented);
            }
        }
    }
}
