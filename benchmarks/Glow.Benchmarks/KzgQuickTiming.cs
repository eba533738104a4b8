using Glow.Evm.Precompiles.Bls12381;
using Glow.Evm.Precompiles.Kzg;

namespace Glow.Benchmarks;

/// <summary>
/// A short timing loop for the point-evaluation precompile and its parts, printing wall-clock and process CPU medians
/// per operation (on a shared machine the CPU figure is the steadier one). Run with
/// <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- kzg-quick [rounds]</c>; the last line is the
/// precompile's median. <see cref="KzgBenchmarks"/> measures the same with BenchmarkDotNet.
/// </summary>
public static class KzgQuickTiming
{
    public static void Run(int rounds, TextWriter output)
    {
        var input = Convert.FromHexString(KzgBenchmarks.ValidInputHex);
        if (!PointEvaluationPrecompile.Instance.TryRun(input, out _)
            || G1.Decompress(input.AsSpan(96, 48), out var commitment) != PointDecodeResult.Valid
            || G1.Decompress(input.AsSpan(144, 48), out var proof) != PointDecodeResult.Valid
            || !Fr.TryRead(input.AsSpan(32, 32), out var z)
            || !Fr.TryRead(input.AsSpan(64, 32), out var y))
        {
            throw new InvalidOperationException("benchmark vector does not verify");
        }

        var g2 = new G2Prepared(G2.Generator);
        var negatedG2 = new G2Prepared(G2.Generator.Negate());
        var miller = Pairing.MillerLoop([commitment, proof], [g2, negatedG2]);

        QuickTiming.Time("G1 decompress + subgroup check", rounds, 200, () => G1.Decompress(input.AsSpan(96, 48), out _) == PointDecodeResult.Valid, output);
        QuickTiming.Time("z·π − y·G (GLV, Straus)", rounds, 200, () => !G1MultiScalar.MultiplyAndAddGenerator(proof, z, -y).IsInfinity, output);
        QuickTiming.Time("Miller loop, 2 pairs", rounds, 50, () => !Pairing.MillerLoop([commitment, proof], [g2, negatedG2]).IsOne, output);
        QuickTiming.Time("final exponentiation", rounds, 50, () => !Pairing.FinalExponentiation(miller).IsOne, output);
        QuickTiming.Time("point evaluation 0x0a", rounds, 50, () => PointEvaluationPrecompile.Instance.TryRun(input, out _), output);
    }
}
