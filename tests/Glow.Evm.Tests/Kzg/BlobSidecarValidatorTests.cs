using Glow.Core;
using Glow.Core.Transactions;
using Glow.Evm.Precompiles.Bls12381;
using Glow.Evm.Precompiles.Kzg;
using Glow.TestKit;

namespace Glow.Evm.Tests.Kzg;

public sealed class BlobSidecarValidatorTests
{
    private static readonly ToySetup Setup = new(new Random(600), degree: 1);
    private static readonly BlobSidecarValidator ToyValidator = new(Setup.Verifier);

    [Fact]
    public void Accepts_the_execution_apis_blob_transaction_under_the_mainnet_setup()
    {
        var tx = TransactionDecoder.DecodeNetworkForm(SendBlobTxVector.RawTransaction, out var sidecar);
        Assert.Null(BlobSidecarValidator.Mainnet.Validate(tx, sidecar!));
    }

    public static TheoryData<string, int> Flips => new()
    {
        { "blob", 31 },
        { "blob", (4095 * 32) + 31 },
        { "blob", 0 },
        { "commitment", 0 },
        { "commitment", 47 },
        { "proof", 0 },
        { "proof", 47 },
        { "hash", 0 },
        { "hash", 31 },
    };

    [Theory]
    [MemberData(nameof(Flips))]
    public void Refuses_the_execution_apis_transaction_with_one_byte_flipped(string part, int index)
    {
        var tx = TransactionDecoder.DecodeNetworkForm(SendBlobTxVector.RawTransaction, out var sidecar);
        var blob = sidecar!.Blobs[0].ToArray();
        var commitment = sidecar.Commitments[0].ToArray();
        var proof = sidecar.Proofs[0].ToArray();
        var hash = tx.BlobVersionedHashes[0].ToArray();
        var target = part switch { "blob" => blob, "commitment" => commitment, "proof" => proof, _ => hash };
        target[index] ^= 0x01;

        var error = BlobSidecarValidator.Mainnet.Validate([new Hash256(hash)], new BlobSidecar([blob], [commitment], [proof]));

        Assert.NotNull(error);
        Assert.StartsWith("blob 0: ", error, StringComparison.Ordinal);
        var expected = part switch
        {
            "commitment" or "hash" => "versioned hash",
            "proof" => "proof is not a valid compressed G1 point",
            _ => "invalid KZG proof",
        };
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_sidecar_of_six_honest_blobs()
    {
        var (hashes, sidecar) = Sidecar(6, 610);
        Assert.Null(ToyValidator.Validate(hashes, sidecar));
        Assert.NotNull(BlobSidecarValidator.Mainnet.Validate(hashes, sidecar));
    }

    [Fact]
    public void Names_the_blob_whose_proof_is_invalid()
    {
        var (hashes, sidecar) = Sidecar(6, 611);
        var proofs = sidecar.Proofs.ToArray();
        (proofs[2], proofs[4]) = (proofs[4], proofs[2]);
        Assert.Equal("blob 2: invalid KZG proof", ToyValidator.Validate(hashes, new BlobSidecar(sidecar.Blobs, sidecar.Commitments, proofs)));
    }

    [Fact]
    public void Names_the_blob_whose_versioned_hash_does_not_match()
    {
        var (hashes, sidecar) = Sidecar(3, 612);
        var wrong = hashes.ToArray();
        wrong[1] = hashes[2];
        var error = ToyValidator.Validate(wrong, sidecar);
        Assert.Equal($"blob 1: versioned hash {hashes[2]} does not match its commitment (expected {hashes[1]})", error);
    }

    [Fact]
    public void Refuses_a_versioned_hash_of_another_version()
    {
        var (hashes, sidecar) = Sidecar(1, 613);
        var bytes = hashes[0].ToArray();
        bytes[0] = 0x02;
        Assert.StartsWith("blob 0: versioned hash 0x02", ToyValidator.Validate([new Hash256(bytes)], sidecar), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_the_blob_with_a_non_canonical_field_element()
    {
        var (hashes, sidecar) = Sidecar(3, 614);
        var blobs = sidecar.Blobs.ToArray();
        var bad = blobs[1].ToArray();
        Bls.ToBytes(Bls.R, 32).CopyTo(bad, 9 * 32);
        blobs[1] = bad;
        Assert.Equal(
            "blob 1: field element 9 of the blob is not below the BLS modulus",
            ToyValidator.Validate(hashes, new BlobSidecar(blobs, sidecar.Commitments, sidecar.Proofs)));
    }

    [Fact]
    public void Names_the_blob_whose_commitment_or_proof_is_not_a_point()
    {
        var (hashes, sidecar) = Sidecar(2, 615);
        var offCurve = NotOnCurve();
        var commitments = sidecar.Commitments.ToArray();
        commitments[1] = offCurve;
        var hashesForBadCommitment = new[] { hashes[0], KzgVerifier.VersionedHash(offCurve) };
        Assert.Equal(
            "blob 1: commitment is not a valid compressed G1 point (NotOnCurve)",
            ToyValidator.Validate(hashesForBadCommitment, new BlobSidecar(sidecar.Blobs, commitments, sidecar.Proofs)));

        var proofs = sidecar.Proofs.ToArray();
        proofs[0] = ToySetup.Encode(CurvePoints.RandomG1OnCurve(new Random(616)));
        Assert.Equal(
            "blob 0: proof is not a valid compressed G1 point (NotInSubgroup)",
            ToyValidator.Validate(hashes, new BlobSidecar(sidecar.Blobs, sidecar.Commitments, proofs)));
    }

    [Fact]
    public void Refuses_a_count_mismatch_between_hashes_and_sidecar()
    {
        var (hashes, sidecar) = Sidecar(2, 617);
        Assert.Equal("sidecar has 2 blobs for 1 versioned hashes", ToyValidator.Validate(hashes[..1], sidecar));
        Assert.Equal("sidecar has 2 blobs for 3 versioned hashes", ToyValidator.Validate([.. hashes, hashes[0]], sidecar));
    }

    [Fact]
    public void Structural_problems_are_reported_before_proofs_are_checked()
    {
        var (hashes, sidecar) = Sidecar(3, 618);
        var proofs = sidecar.Proofs.ToArray();
        (proofs[0], proofs[1]) = (proofs[1], proofs[0]);
        var wrong = hashes.ToArray();
        wrong[2] = hashes[0];
        Assert.StartsWith("blob 2: versioned hash", ToyValidator.Validate(wrong, new BlobSidecar(sidecar.Blobs, sidecar.Commitments, proofs)), StringComparison.Ordinal);
    }

    [Fact]
    public void Validates_against_a_transactions_versioned_hashes()
    {
        var (hashes, sidecar) = Sidecar(2, 619);
        var tx = new Transaction { Type = TxType.Blob, BlobVersionedHashes = hashes };
        Assert.Null(ToyValidator.Validate(tx, sidecar));
        Assert.NotNull(ToyValidator.Validate(new Transaction { Type = TxType.Blob, BlobVersionedHashes = [hashes[1], hashes[0]] }, sidecar));
    }

    [Fact]
    public void Accepts_more_blobs_than_fit_on_the_stack()
    {
        var (hashes, sidecar) = Sidecar(10, 620);
        Assert.Null(ToyValidator.Validate(hashes, sidecar));
        var proofs = sidecar.Proofs.ToArray();
        proofs[9] = proofs[8];
        Assert.Equal("blob 9: invalid KZG proof", ToyValidator.Validate(hashes, new BlobSidecar(sidecar.Blobs, sidecar.Commitments, proofs)));
    }

    private static (Hash256[] Hashes, BlobSidecar Sidecar) Sidecar(int count, int seed)
    {
        var random = new Random(seed);
        var toys = Enumerable.Range(0, count).Select(i => ToyBlob.Random(Setup, random, 2 + i)).ToArray();
        var sidecar = new BlobSidecar(
            toys.Select(t => (ReadOnlyMemory<byte>)t.Blob).ToArray(),
            toys.Select(t => (ReadOnlyMemory<byte>)t.Commitment).ToArray(),
            toys.Select(t => (ReadOnlyMemory<byte>)t.Proof).ToArray());
        return (toys.Select(t => KzgVerifier.VersionedHash(t.Commitment)).ToArray(), sidecar);
    }

    /// <summary>A compressed encoding whose x-coordinate has no point on the curve.</summary>
    private static byte[] NotOnCurve()
    {
        for (var x = 1; ; x++)
        {
            var bytes = new byte[48];
            bytes[47] = (byte)x;
            bytes[0] = 0x80;
            if (G1.Decompress(bytes, out _) == PointDecodeResult.NotOnCurve)
            {
                return bytes;
            }
        }
    }
}
