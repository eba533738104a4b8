using BenchmarkDotNet.Attributes;
using Glow.Core.Transactions;
using Glow.Evm.Precompiles.Bls12381;
using Glow.Evm.Precompiles.Kzg;

namespace Glow.Benchmarks;

/// <summary>
/// EIP-4844 blob proof verification (random blobs, see <see cref="BlobSidecarFixture"/>):
/// <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- --filter '*BlobKzg*' --job short</c>.
/// <see cref="BlobQuickTiming"/> (<c>-- blob-quick</c>) is the quicker run.
/// </summary>
[MemoryDiagnoser]
public class BlobKzgBenchmarks
{
    private BlobSidecarFixture _fixture = null!;
    private BlobSidecar _sidecar = null!;
    private Fr _z;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new BlobSidecarFixture(6, 4844);
        _sidecar = _fixture.Sidecar;
        _z = BlobPolynomial.ComputeChallenge(_sidecar.Blobs[0].Span, _sidecar.Commitments[0].Span);
    }

    [Benchmark(Description = "challenge (SHA-256, 128 KiB)")]
    public bool Challenge() => !BlobPolynomial.ComputeChallenge(_sidecar.Blobs[0].Span, _sidecar.Commitments[0].Span).IsZero;

    [Benchmark(Description = "blob evaluated at z")]
    public bool Evaluate() => BlobPolynomial.TryEvaluate(_sidecar.Blobs[0].Span, _z, out _, out _);

    [Benchmark(Description = "verify 1 blob proof")]
    public bool VerifyOne() => _fixture.Verifier.VerifyBlobProof(_sidecar.Blobs[0].Span, _sidecar.Commitments[0].Span, _sidecar.Proofs[0].Span);

    [Benchmark(Description = "verify 6 blob proofs, batched")]
    public bool VerifySixBatched() => _fixture.Verifier.VerifyBlobProofBatch(_sidecar.Blobs, _sidecar.Commitments, _sidecar.Proofs);

    [Benchmark(Description = "verify 6 blob proofs, one by one")]
    public bool VerifySixOneByOne()
    {
        var ok = true;
        for (var i = 0; i < _sidecar.Count; i++)
        {
            ok &= _fixture.Verifier.VerifyBlobProof(_sidecar.Blobs[i].Span, _sidecar.Commitments[i].Span, _sidecar.Proofs[i].Span);
        }

        return ok;
    }

    [Benchmark(Description = "validate 6-blob sidecar")]
    public bool ValidateSix() => _fixture.Validator.Validate(_fixture.VersionedHashes, _sidecar) is null;
}
