using System.Buffers.Binary;
using BenchmarkDotNet.Attributes;
using Glow.Core.Crypto;
using Glow.Core.Encoding;
using Glow.Evm.Precompiles;

namespace Glow.Benchmarks;

/// <summary>
/// The precompiles on typical inputs, through <see cref="IPrecompile.TryRun"/> as the EVM calls them:
/// <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- --filter '*PrecompileBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class PrecompileBenchmarks
{
    private const string G1 = "0000000000000000000000000000000000000000000000000000000000000001" + "0000000000000000000000000000000000000000000000000000000000000002";
    private const string MinusG1 = "0000000000000000000000000000000000000000000000000000000000000001" + "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45";
    private const string G2 =
        "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2" + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed" +
        "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b" + "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";

    private byte[] _ecrecover = [];
    private byte[] _bn254Add = [];
    private byte[] _bn254Mul = [];
    private byte[] _pairing2 = [];
    private byte[] _modexp256 = [];
    private byte[] _modexp2048Odd = [];
    private byte[] _modexpSmallModulusLongExponent = [];
    private byte[] _blake2f = [];
    private byte[] _data1k = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var key = new byte[32];
        var hash = new byte[32];
        random.NextBytes(key);
        random.NextBytes(hash);
        var signature = new byte[64];
        Secp256k1.Sign(hash, key, signature, out var recoveryId);
        _ecrecover = [.. hash, .. new byte[31], (byte)(27 + recoveryId), .. signature];

        // 2G + 3G (distinct, finite points), and a random 256-bit scalar times 2G.
        var twoG = Run(Bn254MulPrecompile.Istanbul, Hex.Decode(G1 + "02".PadLeft(64, '0')));
        var threeG = Run(Bn254MulPrecompile.Istanbul, Hex.Decode(G1 + "03".PadLeft(64, '0')));
        _bn254Add = [.. twoG, .. threeG];
        var scalar = new byte[32];
        random.NextBytes(scalar);
        _bn254Mul = [.. twoG, .. scalar];
        _pairing2 = Hex.Decode(G1 + G2 + MinusG1 + G2);

        _modexp256 = ModExpInput(random, 32, 32, 32);
        _modexp2048Odd = ModExpInput(random, 256, 3, 256);
        _modexpSmallModulusLongExponent = ModExpInput(random, 8, 1024, 8);

        _blake2f = new byte[213];
        random.NextBytes(_blake2f);
        BinaryPrimitives.WriteUInt32BigEndian(_blake2f, 12);
        _blake2f[212] = 1;
        _data1k = new byte[1024];
        random.NextBytes(_data1k);
    }

    [Benchmark(Description = "ecrecover (0x01)")]
    public byte[] EcRecover() => Run(EcRecoverPrecompile.Instance, _ecrecover);

    [Benchmark(Description = "sha256 1 KiB (0x02)")]
    public byte[] Sha256() => Run(Sha256Precompile.Instance, _data1k);

    [Benchmark(Description = "ripemd160 1 KiB (0x03)")]
    public byte[] Ripemd160() => Run(Ripemd160Precompile.Instance, _data1k);

    [Benchmark(Description = "modexp 256-bit base, exponent, modulus (0x05)")]
    public byte[] ModExp256() => Run(ModExpPrecompile.Berlin, _modexp256);

    [Benchmark(Description = "modexp 2048-bit, exponent 65537 (0x05)")]
    public byte[] ModExpRsa2048() => Run(ModExpPrecompile.Berlin, _modexp2048Odd);

    [Benchmark(Description = "modexp 64-bit modulus, 8192-bit exponent (0x05)")]
    public byte[] ModExpSmallModulusLongExponent() => Run(ModExpPrecompile.Berlin, _modexpSmallModulusLongExponent);

    [Benchmark(Description = "bn254 add (0x06)")]
    public byte[] Bn254Add() => Run(Bn254AddPrecompile.Istanbul, _bn254Add);

    [Benchmark(Description = "bn254 mul (0x07)")]
    public byte[] Bn254Mul() => Run(Bn254MulPrecompile.Istanbul, _bn254Mul);

    [Benchmark(Description = "bn254 pairing, 2 pairs (0x08)")]
    public byte[] Bn254Pairing2() => Run(Bn254PairingPrecompile.Istanbul, _pairing2);

    [Benchmark(Description = "blake2f 12 rounds (0x09)")]
    public byte[] Blake2F() => Run(Blake2FPrecompile.Instance, _blake2f);

    private static byte[] ModExpInput(Random random, int baseLength, int exponentLength, int modulusLength)
    {
        var input = new byte[96 + baseLength + exponentLength + modulusLength];
        BinaryPrimitives.WriteInt32BigEndian(input.AsSpan(28), baseLength);
        BinaryPrimitives.WriteInt32BigEndian(input.AsSpan(60), exponentLength);
        BinaryPrimitives.WriteInt32BigEndian(input.AsSpan(92), modulusLength);
        random.NextBytes(input.AsSpan(96));
        var exponent = input.AsSpan(96 + baseLength, exponentLength);
        if (exponentLength == 3)
        {
            exponent[0] = 1;
            exponent[1] = 0;
            exponent[2] = 1;
        }

        input[^1] |= 1;
        input[^modulusLength] |= 0x80;
        return input;
    }

    private static byte[] Run(IPrecompile precompile, byte[] input) =>
        precompile.TryRun(input, out var output) ? output : throw new InvalidOperationException("precompile failed");
}
