using BenchmarkDotNet.Attributes;
using Glow.Evm.Precompiles.Bls12381;
using Glow.Evm.Precompiles.Kzg;

namespace Glow.Benchmarks;

/// <summary>
/// The EIP-4844 point-evaluation precompile and its BLS12-381 parts:
/// <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- --filter '*Kzg*'</c>
/// (add <c>--job short</c> for a quick run). Reference: c-kzg-4844 over blst verifies one proof in about 1 ms.
/// </summary>
[MemoryDiagnoser]
public class KzgBenchmarks
{
    // A correct proof from the Cancun tests (point_evaluation_precompile_external_vectors, case correct_proof_31ebd010e6098750):
    // z = r − 1, y ≠ 0, commitment and proof both finite.
    internal const string ValidInputHex =
        "01e798154708fe7789429634053cbf9f99b619f9f084048927333fce637f549b" +
        "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000000" +
        "1522a4a7f34e1ea350ae07c29c96c7e79655aa926122e95fe69fcbd932ca49e9" +
        "8f59a8d2a1a625a17f3fea0fe5eb8c896db3764f3185481bc22f91b4aaffcca25f26936857bc3a7c2539ea8ec3a952b7a6" +
        "2ad71d14c5719385c0686f1871430475bf3a00f0aa3f7b8dd99a9abc2160744faf0070725e00b60ad9a026a15b1a8c";

    private readonly byte[] _input = Convert.FromHexString(ValidInputHex);
    private readonly G2Prepared _g2 = new(G2.Generator);
    private readonly G2Prepared _negG2 = new(G2.Generator.Negate());
    private AffinePoint<Fp> _commitment;
    private AffinePoint<Fp> _proof;
    private Fp12 _millerOutput;
    private Fp _a;
    private Fp _b;

    [GlobalSetup]
    public void Setup()
    {
        if (!PointEvaluationPrecompile.Instance.TryRun(_input, out _))
        {
            throw new InvalidOperationException("benchmark vector does not verify");
        }

        _ = G1.Decompress(_input.AsSpan(96, 48), out _commitment);
        _ = G1.Decompress(_input.AsSpan(144, 48), out _proof);
        _millerOutput = Pairing.MillerLoop([_commitment, _proof], [_g2, _negG2]);
        _a = _commitment.X;
        _b = _proof.Y;
    }

    [Benchmark(Description = "point evaluation 0x0a")]
    public bool PointEvaluation() => PointEvaluationPrecompile.Instance.TryRun(_input, out _);

    [Benchmark(Description = "pairing check, 2 pairs")]
    public bool PairingCheck() => Pairing.Check([_commitment, _proof], [_g2, _negG2]);

    [Benchmark(Description = "Miller loop, 2 pairs")]
    public ulong MillerLoop() => Pairing.MillerLoop([_commitment, _proof], [_g2, _negG2]).C0.C0.C0.L0;

    [Benchmark(Description = "final exponentiation")]
    public ulong FinalExponentiation() => Pairing.FinalExponentiation(_millerOutput).C0.C0.C0.L0;

    [Benchmark(Description = "G1 decompress + subgroup check")]
    public bool DecompressG1() => G1.Decompress(_input.AsSpan(96, 48), out _) == PointDecodeResult.Valid;

    [Benchmark(Description = "G1 scalar multiplication (255 bits)")]
    public ulong MultiplyG1() => _proof.ToJacobian().Multiply([0xffffffff00000000UL, 0x53bda402fffe5bfeUL, 0x3339d80809a1d805UL, 0x73eda753299d7d48UL]).X.L0;

    [Benchmark(Description = "Fp multiplication")]
    public ulong MultiplyFp() => (_a * _b).L0;

    [Benchmark(Description = "Fp inversion")]
    public ulong InvertFp() => _a.Inverse().L0;
}
