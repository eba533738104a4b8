using System.Numerics;
using Glow.Core.Crypto;

namespace Glow.Core.Tests.Crypto;

/// <summary>The managed code against the C library libsecp256k1, when it is installed.</summary>
public class NativeSecp256k1ComparisonTests
{
    private static readonly byte[] SomeHash = System.Security.Cryptography.SHA256.HashData("native"u8);

    private static NativeSecp256k1 Native => NativeSecp256k1.Instance!;

    [Fact]
    public void Managed_backend_is_named_and_delegates_to_Secp256k1()
    {
        var backend = Backend(ManagedEcdsa.Instance);
        var key = Big.ToBytes32(1234567);
        var pub = new byte[64];
        var sig = new byte[64];
        var recovered = new byte[64];
        Assert.Equal("managed", backend.Name);
        Assert.True(backend.CreatePublicKey(key, pub));
        Assert.True(backend.Sign(SomeHash, key, sig, out var id));
        Assert.True(backend.Verify(SomeHash, sig, pub));
        Assert.True(backend.TryRecover(SomeHash, sig, id, recovered));
        Assert.Equal(pub, recovered);
    }

    [Fact]
    public void A_missing_or_unrelated_library_leaves_the_native_backend_unavailable_without_crashing()
    {
        Assert.Null(NativeSecp256k1.Load(["libglow-no-such-library.so.9"]));
        Assert.Null(NativeSecp256k1.Load(["libc.so.6"])); // loads, but has no secp256k1 functions
    }

    private static IEcdsaBackend Backend(IEcdsaBackend backend) => backend;

    [NativeSecp256k1Fact]
    public void Native_library_signs_recovers_verifies_and_creates_keys_exactly_as_the_managed_code()
    {
        var managedPub = new byte[64];
        var nativePub = new byte[64];
        var managedSig = new byte[64];
        var nativeSig = new byte[64];
        var recovered = new byte[64];
        foreach (var (key, hash) in EcdsaAgainstBouncyCastleTests.RandomCases(300, 200))
        {
            Assert.True(Secp256k1.CreatePublicKey(key, managedPub));
            Assert.True(Native.CreatePublicKey(key, nativePub));
            Assert.Equal(managedPub, nativePub);

            Assert.True(Secp256k1.Sign(hash, key, managedSig, out var managedId));
            Assert.True(Native.Sign(hash, key, nativeSig, out var nativeId));
            Assert.Equal(managedSig, nativeSig);
            Assert.Equal(managedId, nativeId);

            Assert.True(Native.TryRecover(hash, managedSig, managedId, recovered));
            Assert.Equal(managedPub, recovered);
            Assert.True(Native.Verify(hash, managedSig, managedPub));
            Assert.True(Native.Verify(hash, BouncyReference.FlipS(managedSig), managedPub));
            Assert.True(Secp256k1.TryRecover(hash, nativeSig, nativeId ^ 1, recovered));
            Assert.True(Native.TryRecover(hash, nativeSig, nativeId ^ 1, nativePub));
            Assert.Equal(recovered, nativePub);
        }
    }

    [NativeSecp256k1Fact]
    public void Native_library_and_managed_code_agree_on_every_edge_case_of_recovery()
    {
        var s = Big.ToBytes32(Big.Parse("3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d"));
        var cases = new List<(byte[] Sig, int Id)>();
        foreach (var r in new[] { BigInteger.Zero, BigInteger.One, new BigInteger(2), new BigInteger(5), Big.P - Big.N - 1, Big.P - Big.N, Big.N - 1, Big.N, Big.Two256 - 1 })
        {
            for (var id = 0; id < 4; id++)
            {
                cases.Add(([.. Big.ToBytes32(r), .. s], id));
            }
        }

        cases.Add(([.. Big.ToBytes32(7), .. Big.ToBytes32(0)], 0));
        cases.Add(([.. Big.ToBytes32(7), .. Big.ToBytes32(Big.N)], 0));
        cases.Add(([.. Big.ToBytes32(7), .. Big.ToBytes32(Big.N - 1)], 1));

        var managed = new byte[64];
        var native = new byte[64];
        var successes = 0;
        foreach (var (sig, id) in cases)
        {
            var ok = Secp256k1.TryRecover(SomeHash, sig, id, managed);
            Assert.Equal(ok, Native.TryRecover(SomeHash, sig, id, native));
            if (ok)
            {
                successes++;
                Assert.Equal(managed, native);
            }
        }

        Assert.InRange(successes, 6, cases.Count - 10);
    }
}
