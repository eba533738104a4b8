using System.Numerics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Glow.Core.Numerics;

namespace Glow.Benchmarks;

/// <summary>
/// <see cref="UInt256"/> against <see cref="BigInteger"/> doing the same EVM operation (reduced modulo
/// 2^256 where the EVM wraps). Each category's baseline is the BigInteger version, so Ratio is the
/// UInt256 time over the BigInteger time.
/// <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- --filter '*UInt256*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class UInt256Benchmarks
{
    private static readonly BigInteger Modulus = BigInteger.One << 256;
    private static readonly BigInteger Mask = Modulus - 1;
    private static readonly BigInteger Half = BigInteger.One << 255;

    private UInt256 _a;
    private UInt256 _b;
    private UInt256 _largeDivisor;
    private UInt256 _smallDivisor;
    private UInt256 _modulus;
    private UInt256 _exponent;
    private UInt256 _base;
    private UInt256 _negative;

    private BigInteger _bigA;
    private BigInteger _bigB;
    private BigInteger _bigLargeDivisor;
    private BigInteger _bigSmallDivisor;
    private BigInteger _bigModulus;
    private BigInteger _bigExponent;
    private BigInteger _bigBase;
    private BigInteger _bigNegative;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        UInt256 Random256() => new((ulong)rng.NextInt64(), (ulong)rng.NextInt64(), (ulong)rng.NextInt64(), (ulong)rng.NextInt64() | (1UL << 62));
        _a = Random256();
        _b = Random256();
        _largeDivisor = Random256() >> 70;
        _smallDivisor = new UInt256((ulong)rng.NextInt64() | 1);
        _modulus = Random256() >> 20;
        _exponent = Random256();
        _base = Random256() | UInt256.One; // odd, so the power never collapses to zero early
        _negative = UInt256.Negate(Random256() >> 3);

        _bigA = (BigInteger)_a;
        _bigB = (BigInteger)_b;
        _bigLargeDivisor = (BigInteger)_largeDivisor;
        _bigSmallDivisor = (BigInteger)_smallDivisor;
        _bigModulus = (BigInteger)_modulus;
        _bigExponent = (BigInteger)_exponent;
        _bigBase = (BigInteger)_base;
        _bigNegative = (BigInteger)_negative;
    }

    [Benchmark, BenchmarkCategory("Add")]
    public UInt256 Add_UInt256() => _a + _b;

    [Benchmark(Baseline = true), BenchmarkCategory("Add")]
    public BigInteger Add_BigInteger() => (_bigA + _bigB) & Mask;

    [Benchmark, BenchmarkCategory("Mul")]
    public UInt256 Mul_UInt256() => _a * _b;

    [Benchmark(Baseline = true), BenchmarkCategory("Mul")]
    public BigInteger Mul_BigInteger() => (_bigA * _bigB) & Mask;

    [Benchmark, BenchmarkCategory("DivLarge")]
    public UInt256 DivLargeDivisor_UInt256() => _a / _largeDivisor;

    [Benchmark(Baseline = true), BenchmarkCategory("DivLarge")]
    public BigInteger DivLargeDivisor_BigInteger() => _bigA / _bigLargeDivisor;

    [Benchmark, BenchmarkCategory("DivSmall")]
    public UInt256 DivSmallDivisor_UInt256() => _a / _smallDivisor;

    [Benchmark(Baseline = true), BenchmarkCategory("DivSmall")]
    public BigInteger DivSmallDivisor_BigInteger() => _bigA / _bigSmallDivisor;

    [Benchmark, BenchmarkCategory("MulMod")]
    public UInt256 MulMod_UInt256() => UInt256.MulMod(_a, _b, _modulus);

    [Benchmark(Baseline = true), BenchmarkCategory("MulMod")]
    public BigInteger MulMod_BigInteger() => _bigA * _bigB % _bigModulus;

    [Benchmark, BenchmarkCategory("Exp")]
    public UInt256 Exp_UInt256() => UInt256.Exp(_base, _exponent);

    [Benchmark(Baseline = true), BenchmarkCategory("Exp")]
    public BigInteger Exp_BigInteger() => BigInteger.ModPow(_bigBase, _bigExponent, Modulus);

    [Benchmark, BenchmarkCategory("SDiv")]
    public UInt256 SDiv_UInt256() => UInt256.SignedDivide(_negative, _largeDivisor);

    [Benchmark(Baseline = true), BenchmarkCategory("SDiv")]
    public BigInteger SDiv_BigInteger()
    {
        // The same work as SDIV on words: read both as two's complement, divide, wrap back into 0 … 2^256 − 1.
        var a = _bigNegative >= Half ? _bigNegative - Modulus : _bigNegative;
        var b = _bigLargeDivisor >= Half ? _bigLargeDivisor - Modulus : _bigLargeDivisor;
        var q = a / b;
        return q.Sign < 0 ? q + Modulus : q;
    }
}
