using BenchmarkDotNet.Attributes;
using Glow.Core.Crypto;
using Org.BouncyCastle.Crypto.Digests;

namespace Glow.Benchmarks;

/// <summary>Our Keccak-256 against BouncyCastle's <see cref="KeccakDigest"/>, same inputs, same run.</summary>
[MemoryDiagnoser]
public class KeccakBenchmarks
{
    private readonly byte[] _output = new byte[32];
    private byte[] _input = [];

    [Params(32, 136, 1024, 1_048_576)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = new byte[Size];
        new Random(42).NextBytes(_input);
    }

    [Benchmark(Baseline = true)]
    public void Glow() => Keccak256.Hash(_input, _output);

    [Benchmark]
    public void BouncyCastle()
    {
        var digest = new KeccakDigest(256);
        digest.BlockUpdate(_input, 0, _input.Length);
        digest.DoFinal(_output, 0);
    }
}
