using Glow.Core.Transactions;
using Glow.Evm.Precompiles.Bls12381;
using Glow.Evm.Precompiles.Kzg;
using Glow.TestKit;

namespace Glow.Evm.Tests.Kzg;

public sealed class BlobProofTests
{
    // ethereum/c-kzg-4844 tests/verify_blob_kzg_proof/kzg-mainnet/verify_blob_kzg_proof_case_correct_proof_6 (a
    // consensus-spec-tests vector, mainnet setup): the blob is zero except field element 3211, which is 1.
    private const int AlmostZeroIndex = 3211;
    private const string AlmostZeroCommitment = "93efc82d2017e9c57834a1246463e64774e56183bb247c8fc9dd98c56817e878d97b05f5c8d900acf1fbbbca6f146556";
    private const string AlmostZeroProof = "9720099d507280aba6a9c9e8c31187336d10dc6a4b04646d1aa42c8d38f891de36f939313cb99e9e7953606555db269a";

    private static readonly ToySetup Setup = new(new Random(500), degree: 1);

    [Fact]
    public void Accepts_the_execution_apis_blob_under_the_mainnet_setup()
    {
        TransactionDecoder.DecodeNetworkForm(SendBlobTxVector.RawTransaction, out var sidecar);
        Assert.NotNull(sidecar);
        Assert.True(KzgVerifier.Mainnet.VerifyBlobProof(sidecar.Blobs[0].Span, sidecar.Commitments[0].Span, sidecar.Proofs[0].Span));
        Assert.True(KzgVerifier.Mainnet.VerifyBlobProofBatch(sidecar.Blobs, sidecar.Commitments, sidecar.Proofs));
    }

    [Fact]
    public void Accepts_the_consensus_spec_almost_zero_blob_under_the_mainnet_setup()
    {
        var blob = AlmostZeroBlob();
        var commitment = Convert.FromHexString(AlmostZeroCommitment);
        var proof = Convert.FromHexString(AlmostZeroProof);
        Assert.True(KzgVerifier.Mainnet.VerifyBlobProof(blob, commitment, proof));

        // The same value one place further on is another polynomial.
        var moved = new byte[BlobSidecar.BytesPerBlob];
        moved[((AlmostZeroIndex + 1) * 32) + 31] = 1;
        Assert.False(KzgVerifier.Mainnet.VerifyBlobProof(moved, commitment, proof));
        Assert.False(KzgVerifier.Mainnet.VerifyBlobProof(new byte[BlobSidecar.BytesPerBlob], commitment, proof));
    }

    [Fact]
    public void Constant_blobs_verify_under_any_setup_with_commitment_c_G_and_the_infinity_proof()
    {
        var random = new Random(501);
        var c = Bls.RandomFr(random);
        var blob = ToyBlob.ToBlob([c]);
        var commitment = ToySetup.Encode(ToySetup.Multiply(G1.Generator, c).ToAffine());
        var infinity = ToySetup.Encode(AffinePoint<Fp>.Infinity);

        Assert.True(KzgVerifier.Mainnet.VerifyBlobProof(blob, commitment, infinity));
        Assert.True(Setup.Verifier.VerifyBlobProof(blob, commitment, infinity));
        Assert.True(KzgVerifier.Mainnet.VerifyBlobProof(new byte[BlobSidecar.BytesPerBlob], infinity, infinity));

        var other = ToySetup.Encode(ToySetup.Multiply(G1.Generator, c + Fr.One).ToAffine());
        Assert.False(KzgVerifier.Mainnet.VerifyBlobProof(blob, other, infinity));
        Assert.False(KzgVerifier.Mainnet.VerifyBlobProof(blob, commitment, commitment));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(BlobSidecar.FieldElementsPerBlob - 1)]
    public void Accepts_honest_proofs_of_polynomials_under_a_test_setup(int degree)
    {
        var toy = ToyBlob.Random(Setup, new Random(510 + degree), degree);
        Assert.True(Setup.Verifier.VerifyBlobProof(toy.Blob, toy.Commitment, toy.Proof));
        Assert.False(KzgVerifier.Mainnet.VerifyBlobProof(toy.Blob, toy.Commitment, toy.Proof));
    }

    [Fact]
    public void Rejects_a_changed_blob_commitment_or_proof()
    {
        var random = new Random(520);
        var toy = ToyBlob.Random(Setup, random, 9);
        var other = ToyBlob.Random(Setup, random, 9);

        var blob = (byte[])toy.Blob.Clone();
        blob[(100 * 32) + 31] ^= 1;
        Assert.False(Setup.Verifier.VerifyBlobProof(blob, toy.Commitment, toy.Proof));
        Assert.False(Setup.Verifier.VerifyBlobProof(other.Blob, toy.Commitment, toy.Proof));
        Assert.False(Setup.Verifier.VerifyBlobProof(toy.Blob, other.Commitment, toy.Proof));
        Assert.False(Setup.Verifier.VerifyBlobProof(toy.Blob, toy.Commitment, other.Proof));
        Assert.False(Setup.Verifier.VerifyBlobProof(toy.Blob, toy.Commitment, toy.Commitment));
    }

    [Fact]
    public void Rejects_malformed_inputs()
    {
        var toy = ToyBlob.Random(Setup, new Random(530), 3);
        Assert.False(Setup.Verifier.VerifyBlobProof(toy.Blob.AsSpan(1), toy.Commitment, toy.Proof));
        Assert.False(Setup.Verifier.VerifyBlobProof(toy.Blob, toy.Commitment.AsSpan(1), toy.Proof));
        Assert.False(Setup.Verifier.VerifyBlobProof(toy.Blob, toy.Commitment, toy.Proof.AsSpan(1)));

        var uncompressed = (byte[])toy.Proof.Clone();
        uncompressed[0] &= 0x7f;
        Assert.False(Setup.Verifier.VerifyBlobProof(toy.Blob, toy.Commitment, uncompressed));
        var notInSubgroup = ToySetup.Encode(CurvePoints.RandomG1OnCurve(new Random(531)));
        Assert.False(Setup.Verifier.VerifyBlobProof(toy.Blob, notInSubgroup, toy.Proof));
        Assert.False(Setup.Verifier.VerifyBlobProof(toy.Blob, toy.Commitment, notInSubgroup));
    }

    [Fact]
    public void Rejects_a_blob_with_a_field_element_equal_to_the_modulus()
    {
        // An element x + r reads as x in GF(r), so only the canonical-encoding rule tells the two blobs apart.
        var toy = ToyBlob.Create(Setup, [Fr.Zero, Fr.One]);
        var element = Bls.FromBytes(toy.Blob.AsSpan(0, 32));
        Assert.Equal(System.Numerics.BigInteger.One, element);
        var blob = (byte[])toy.Blob.Clone();
        Bls.ToBytes(element + Bls.R, 32).CopyTo(blob, 0);
        Assert.True(Setup.Verifier.VerifyBlobProof(toy.Blob, toy.Commitment, toy.Proof));
        Assert.False(Setup.Verifier.VerifyBlobProof(blob, toy.Commitment, toy.Proof));
    }

    [Fact]
    public void An_opening_at_a_root_of_unity_uses_the_blob_value_there()
    {
        // The challenge is a hash and never lands on the domain in practice, so the opening is built directly:
        // z = ω_i, y read from the blob, π = [(p(τ) − y)/(τ − z)]G.
        var random = new Random(540);
        var coefficients = ToySetup.RandomPolynomial(random, 20);
        var blob = ToyBlob.ToBlob(coefficients);
        var pTau = ToySetup.Evaluate(coefficients, Setup.Tau);
        var commitment = ToySetup.Multiply(G1.Generator, pTau).ToAffine();
        foreach (var i in new[] { 0, 1, 2048, 3000 })
        {
            var z = BlobPolynomial.Roots[i];
            Assert.True(BlobPolynomial.TryEvaluate(blob, z, out var y, out _));
            Assert.True(Fr.TryRead(blob.AsSpan(i * 32, 32), out var stored));
            Assert.Equal(stored, y);
            var proof = ToySetup.Multiply(G1.Generator, (pTau - y) * (Setup.Tau - z).Inverse()).ToAffine();
            Assert.True(Setup.Verifier.VerifyOpening(new BlobOpening(commitment, proof, z, y)));
            Assert.False(Setup.Verifier.VerifyOpening(new BlobOpening(commitment, proof, z, y + Fr.One)));
        }
    }

    [Fact]
    public void Batch_accepts_honest_blobs_and_refuses_any_bad_one()
    {
        var random = new Random(550);
        var toys = Enumerable.Range(0, 6).Select(i => ToyBlob.Random(Setup, random, 3 + i)).ToArray();
        var blobs = toys.Select(t => (ReadOnlyMemory<byte>)t.Blob).ToArray();
        var commitments = toys.Select(t => (ReadOnlyMemory<byte>)t.Commitment).ToArray();
        var proofs = toys.Select(t => (ReadOnlyMemory<byte>)t.Proof).ToArray();
        Assert.True(Setup.Verifier.VerifyBlobProofBatch(blobs, commitments, proofs));
        Assert.True(Setup.Verifier.VerifyBlobProofBatch(blobs[..1], commitments[..1], proofs[..1]));
        Assert.True(Setup.Verifier.VerifyBlobProofBatch([], [], []));

        for (var bad = 0; bad < 6; bad++)
        {
            var swapped = (ReadOnlyMemory<byte>[])proofs.Clone();
            swapped[bad] = proofs[(bad + 1) % 6];
            Assert.False(Setup.Verifier.VerifyBlobProofBatch(blobs, commitments, swapped));
        }

        // Two wrong proofs that would cancel in an unweighted sum: π₀ + d and π₁ − d.
        var shift = G1.Generator.ToJacobian().Double().ToAffine();
        var cancelling = (ReadOnlyMemory<byte>[])proofs.Clone();
        cancelling[0] = Shift(toys[0].Proof, shift, negate: false);
        cancelling[1] = Shift(toys[1].Proof, shift, negate: true);
        Assert.False(Setup.Verifier.VerifyBlobProofBatch(blobs, commitments, cancelling));

        Assert.False(Setup.Verifier.VerifyBlobProofBatch(blobs, commitments, proofs[..5]));
        Assert.False(Setup.Verifier.VerifyBlobProofBatch(blobs[..5], commitments, proofs));
    }

    [Fact]
    public void Batch_of_more_blobs_than_fit_on_the_stack_verifies()
    {
        var random = new Random(560);
        var toys = Enumerable.Range(0, 10).Select(_ => ToyBlob.Random(Setup, random, 2)).ToArray();
        var blobs = toys.Select(t => (ReadOnlyMemory<byte>)t.Blob).ToArray();
        var commitments = toys.Select(t => (ReadOnlyMemory<byte>)t.Commitment).ToArray();
        var proofs = toys.Select(t => (ReadOnlyMemory<byte>)t.Proof).ToArray();
        Assert.True(Setup.Verifier.VerifyBlobProofBatch(blobs, commitments, proofs));
        proofs[9] = toys[0].Proof;
        Assert.False(Setup.Verifier.VerifyBlobProofBatch(blobs, commitments, proofs));
    }

    [Fact]
    public void Versioned_hash_is_version_byte_and_sha256_tail_of_the_commitment()
    {
        var commitment = Convert.FromHexString(AlmostZeroCommitment);
        var hash = KzgVerifier.VersionedHash(commitment);
        var sha = System.Security.Cryptography.SHA256.HashData(commitment);
        Assert.Equal(0x01, hash.Bytes[0]);
        Assert.Equal(sha[1..], hash.Bytes[1..].ToArray());

        TransactionDecoder.DecodeNetworkForm(SendBlobTxVector.RawTransaction, out var sidecar);
        var tx = TransactionDecoder.DecodeNetworkForm(SendBlobTxVector.RawTransaction, out _);
        Assert.Equal(tx.BlobVersionedHashes[0], KzgVerifier.VersionedHash(sidecar!.Commitments[0].Span));
    }

    internal static byte[] AlmostZeroBlob()
    {
        var blob = new byte[BlobSidecar.BytesPerBlob];
        blob[(AlmostZeroIndex * 32) + 31] = 1;
        return blob;
    }

    internal static byte[] AlmostZeroCommitmentBytes => Convert.FromHexString(AlmostZeroCommitment);

    internal static byte[] AlmostZeroProofBytes => Convert.FromHexString(AlmostZeroProof);

    private static byte[] Shift(byte[] point, in AffinePoint<Fp> by, bool negate)
    {
        Assert.Equal(PointDecodeResult.Valid, G1.Decompress(point, out var p));
        var shifted = p.ToJacobian().Add(negate ? by.Negate() : by).ToAffine();
        return ToySetup.Encode(shifted);
    }
}
