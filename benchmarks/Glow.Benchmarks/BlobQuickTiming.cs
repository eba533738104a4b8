using Glow.Evm.Precompiles.Bls12381;
using Glow.Evm.Precompiles.Kzg;

namespace Glow.Benchmarks;

/// <summary>
/// A short timing loop for EIP-4844 blob proof verification, printing wall-clock and process CPU medians per
/// operation: <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- blob-quick [rounds]</c>.
/// <see cref="BlobKzgBenchmarks"/> measures the same with BenchmarkDotNet.
/// </summary>
public static class BlobQuickTiming
{
    public static void Run(int rounds, TextWriter output)
    {
        var fixture = new BlobSidecarFixture(6, 4844);
        var sidecar = fixture.Sidecar;
        var verifier = fixture.Verifier;
        var blob = sidecar.Blobs[0];
        var commitment = sidecar.Commitments[0];
        var proof = sidecar.Proofs[0];
        var z = BlobPolynomial.ComputeChallenge(blob.Span, commitment.Span);
        var one = new[] { blob };
        var oneCommitment = new[] { commitment };
        var oneProof = new[] { proof };

        QuickTiming.Time("1000 Fr multiplications", rounds, 200, () => MultiplyMany(z), output);
        QuickTiming.Time("challenge (SHA-256 of the 131,136-byte transcript)", rounds, 50, () => !BlobPolynomial.ComputeChallenge(blob.Span, commitment.Span).IsZero, output);
        QuickTiming.Time("blob evaluated at z (4096 reads, barycentric)", rounds, 50, () => BlobPolynomial.TryEvaluate(blob.Span, z, out _, out _), output);
        QuickTiming.Time("verify 1 blob proof", rounds, 20, () => verifier.VerifyBlobProof(blob.Span, commitment.Span, proof.Span), output);
        QuickTiming.Time("verify 1 blob proof (batch API)", rounds, 20, () => verifier.VerifyBlobProofBatch(one, oneCommitment, oneProof), output);
        QuickTiming.Time("verify 6 blob proofs, batched", rounds, 5, () => verifier.VerifyBlobProofBatch(sidecar.Blobs, sidecar.Commitments, sidecar.Proofs), output);
        QuickTiming.Time("verify 6 blob proofs, one by one", rounds, 5, () => VerifyEach(verifier, sidecar), output);
        QuickTiming.Time("validate a 6-blob sidecar (hashes, points, proofs)", rounds, 5, () => fixture.Validator.Validate(fixture.VersionedHashes, sidecar) is null, output);
    }

    private static bool MultiplyMany(Fr z)
    {
        var x = z;
        for (var i = 0; i < 1000; i++)
        {
            x *= z;
        }

        return !x.IsZero;
    }

    private static bool VerifyEach(KzgVerifier verifier, Core.Transactions.BlobSidecar sidecar)
    {
        for (var i = 0; i < sidecar.Count; i++)
        {
            if (!verifier.VerifyBlobProof(sidecar.Blobs[i].Span, sidecar.Commitments[i].Span, sidecar.Proofs[i].Span))
            {
                return false;
            }
        }

        return true;
    }
}
