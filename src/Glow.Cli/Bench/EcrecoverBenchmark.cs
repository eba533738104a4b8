using System.Globalization;
using Glow.Core.Crypto;

namespace Glow.Cli.Bench;

/// <summary>
/// <c>utg bench ecrecover</c>: public-key recovery from (hash, r‖s, id), the cost of finding the sender of
/// every transaction. Also times libsecp256k1 when it is installed, for comparison; the last line is the
/// managed median. On a shared, loaded machine the wall-clock figures include time spent waiting for a
/// core, so the process CPU time per operation is printed as well.
/// </summary>
internal sealed class EcrecoverBenchmark : IQuickBenchmark
{
    private const int Signatures = 64;
    private const int OperationsPerRound = 2_000;

    public string Name => "ecrecover";

    public string Description => "secp256k1 public-key recovery (µs/op), managed and, if installed, libsecp256k1";

    public void Run(BenchOptions options, TextWriter output)
    {
        var rounds = options.Rounds;
        var hashes = new byte[Signatures][];
        var signatures = new byte[Signatures][];
        var ids = new int[Signatures];
        for (var i = 0; i < Signatures; i++)
        {
            var key = new byte[32];
            key[31] = (byte)(i + 1);
            key[0] = (byte)(0x5a ^ i);
            hashes[i] = Keccak256.ComputeBytes(key);
            signatures[i] = new byte[64];
            if (!Secp256k1.Sign(hashes[i], key, signatures[i], out ids[i]))
            {
                throw new InvalidOperationException("benchmark key is invalid");
            }
        }

        var publicKey = new byte[64];
        var native = options.Reference ? NativeSecp256k1.Instance : null;
        if (native is not null)
        {
            var nativeTime = Measure(native, "libsecp256k1", rounds, hashes, signatures, ids, publicKey, output);
            output.WriteLine($"median libsecp256k1 ecrecover: {QuickMeasure.Format(nativeTime.WallNanoseconds)}/op");
            var managedTime = Measure(ManagedEcdsa.Instance, "managed", rounds, hashes, signatures, ids, publicKey, output);
            output.WriteLine($"median CPU time per ecrecover: libsecp256k1 {QuickMeasure.Format(nativeTime.CpuNanoseconds)}, managed {QuickMeasure.Format(managedTime.CpuNanoseconds)}");
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"managed / libsecp256k1: {managedTime.WallNanoseconds / nativeTime.WallNanoseconds:F2}x wall clock, {managedTime.CpuNanoseconds / nativeTime.CpuNanoseconds:F2}x CPU time"));
            output.WriteLine($"median managed ecrecover: {QuickMeasure.Format(managedTime.WallNanoseconds)}/op");
        }
        else
        {
            output.WriteLine("libsecp256k1 not installed: timing the managed code only");
            var managedTime = Measure(ManagedEcdsa.Instance, "managed", rounds, hashes, signatures, ids, publicKey, output);
            output.WriteLine($"median CPU time per ecrecover: managed {QuickMeasure.Format(managedTime.CpuNanoseconds)}");
            output.WriteLine($"median managed ecrecover: {QuickMeasure.Format(managedTime.WallNanoseconds)}/op");
        }
    }


    private static void Recover(IEcdsaBackend backend, byte[][] hashes, byte[][] signatures, int[] ids, byte[] publicKey)
    {
        for (var i = 0; i < OperationsPerRound; i++)
        {
            var j = i % Signatures;
            if (!backend.TryRecover(hashes[j], signatures[j], ids[j], publicKey))
            {
                throw new InvalidOperationException("recovery failed");
            }
        }
    }

    private static QuickMeasure.Timing Measure(IEcdsaBackend backend, string label, int rounds, byte[][] hashes, byte[][] signatures, int[] ids, byte[] publicKey, TextWriter output) =>
        QuickMeasure.Run($"{label} ecrecover", rounds, OperationsPerRound, () => Recover(backend, hashes, signatures, ids, publicKey), output);
}
