using BenchmarkDotNet.Attributes;
using Glow.Core.Crypto;

namespace Glow.Benchmarks;

/// <summary>
/// secp256k1 ECDSA: the managed code and, when it is installed, libsecp256k1 (the C library) in the same
/// run: <c>dotnet run -c Release --project benchmarks/Glow.Benchmarks -- --filter '*Secp256k1*'</c>.
/// </summary>
[MemoryDiagnoser]
public class Secp256k1Benchmarks
{
    private const int Count = 64;
    private readonly byte[][] _keys = new byte[Count][];
    private readonly byte[][] _hashes = new byte[Count][];
    private readonly byte[][] _signatures = new byte[Count][];
    private readonly byte[][] _publicKeys = new byte[Count][];
    private readonly int[] _ids = new int[Count];
    private readonly byte[] _output = new byte[64];
    private IEcdsaBackend _backend = ManagedEcdsa.Instance;
    private int _next;

    /// <summary>"managed" always; "libsecp256k1" only when the library is installed.</summary>
    [ParamsSource(nameof(Backends))]
    public string Backend { get; set; } = "managed";

    public static IEnumerable<string> Backends() =>
        NativeSecp256k1.IsAvailable ? ["managed", "libsecp256k1"] : ["managed"];

    [GlobalSetup]
    public void Setup()
    {
        _backend = Backend == "managed" ? ManagedEcdsa.Instance : NativeSecp256k1.Instance!;
        var rng = new Random(1234);
        for (var i = 0; i < Count; i++)
        {
            _keys[i] = new byte[32];
            do
            {
                rng.NextBytes(_keys[i]);
            }
            while (!Secp256k1.IsValidPrivateKey(_keys[i]));

            _hashes[i] = new byte[32];
            rng.NextBytes(_hashes[i]);
            _signatures[i] = new byte[64];
            _publicKeys[i] = new byte[64];
            Secp256k1.Sign(_hashes[i], _keys[i], _signatures[i], out _ids[i]);
            Secp256k1.CreatePublicKey(_keys[i], _publicKeys[i]);
        }
    }

    [Benchmark(Description = "ecrecover")]
    public bool Recover()
    {
        var i = Next();
        return _backend.TryRecover(_hashes[i], _signatures[i], _ids[i], _output);
    }

    [Benchmark(Description = "sign")]
    public bool Sign()
    {
        var i = Next();
        return _backend.Sign(_hashes[i], _keys[i], _output, out _);
    }

    [Benchmark(Description = "verify")]
    public bool Verify()
    {
        var i = Next();
        return _backend.Verify(_hashes[i], _signatures[i], _publicKeys[i]);
    }

    [Benchmark(Description = "public key")]
    public bool CreatePublicKey()
    {
        var i = Next();
        return _backend.CreatePublicKey(_keys[i], _output);
    }

    private int Next() => _next = (_next + 1) % Count;
}
