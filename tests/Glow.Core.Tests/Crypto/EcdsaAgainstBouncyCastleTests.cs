using Glow.Core.Crypto;

namespace Glow.Core.Tests.Crypto;

/// <summary>Our ECDSA against BouncyCastle (an independent implementation) over random keys and messages.</summary>
public class EcdsaAgainstBouncyCastleTests
{
    private const int Cases = 300;

    public static IEnumerable<(byte[] Key, byte[] Hash)> RandomCases(int seed, int count)
    {
        var rng = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var key = new byte[32];
            do
            {
                rng.NextBytes(key);
            }
            while (!Secp256k1.IsValidPrivateKey(key));

            var hash = new byte[32];
            rng.NextBytes(hash);
            if (i % 50 == 0)
            {
                hash.AsSpan().Fill(0xff); // a hash above n must be reduced
            }

            yield return (key, hash);
        }
    }

    [Fact]
    public void Public_keys_match_BouncyCastle()
    {
        var pub = new byte[64];
        foreach (var (key, _) in RandomCases(100, Cases))
        {
            Assert.True(Secp256k1.CreatePublicKey(key, pub));
            Assert.Equal(BouncyReference.PublicKey(key), pub);
        }
    }

    [Fact]
    public void Signatures_equal_BouncyCastle_RFC6979_signatures_after_low_s_normalisation()
    {
        var sig = new byte[64];
        var highSeen = 0;
        foreach (var (key, hash) in RandomCases(101, Cases))
        {
            Assert.True(Secp256k1.Sign(hash, key, sig, out _));
            var reference = BouncyReference.Sign(hash, key);
            if (BouncyReference.IsHighS(reference))
            {
                highSeen++;
                reference = BouncyReference.FlipS(reference);
            }

            Assert.Equal(Convert.ToHexString(reference), Convert.ToHexString(sig));
            Assert.True(Secp256k1.IsLowS(sig.AsSpan(32)));
        }

        Assert.InRange(highSeen, Cases / 4, 3 * Cases / 4); // both branches of the normalisation ran
    }

    [Fact]
    public void BouncyCastle_verifies_our_signatures_and_our_recovery_returns_the_signer()
    {
        var sig = new byte[64];
        var recovered = new byte[64];
        foreach (var (key, hash) in RandomCases(102, Cases))
        {
            Assert.True(Secp256k1.Sign(hash, key, sig, out var recoveryId));
            Assert.InRange(recoveryId, 0, 1);
            var expected = BouncyReference.PublicKey(key);
            Assert.True(BouncyReference.Verify(hash, sig, expected));
            Assert.True(Secp256k1.TryRecover(hash, sig, recoveryId, recovered));
            Assert.Equal(expected, recovered);

            // the other parity recovers a different key
            Assert.True(Secp256k1.TryRecover(hash, sig, recoveryId ^ 1, recovered));
            Assert.NotEqual(expected, recovered);
        }
    }

    [Fact]
    public void Recovery_returns_the_BouncyCastle_key_for_BouncyCastle_signatures_including_high_s()
    {
        var recovered = new byte[64];
        foreach (var (key, hash) in RandomCases(103, 100))
        {
            var expected = BouncyReference.PublicKey(key);
            var sig = BouncyReference.Sign(hash, key);
            var found = 0;
            for (var id = 0; id < 2; id++)
            {
                if (Secp256k1.TryRecover(hash, sig, id, recovered) && recovered.AsSpan().SequenceEqual(expected))
                {
                    found++;
                }
            }

            Assert.Equal(1, found);
        }
    }

    [Fact]
    public void Verify_accepts_BouncyCastle_signatures_in_both_s_forms_and_rejects_tampered_ones()
    {
        foreach (var (key, hash) in RandomCases(104, 100))
        {
            var pub = BouncyReference.PublicKey(key);
            var sig = BouncyReference.Sign(hash, key);
            Assert.True(Secp256k1.Verify(hash, sig, pub));
            Assert.True(Secp256k1.Verify(hash, BouncyReference.FlipS(sig), pub));

            var badHash = (byte[])hash.Clone();
            badHash[7] ^= 0x10;
            Assert.False(Secp256k1.Verify(badHash, sig, pub));

            var badR = (byte[])sig.Clone();
            badR[31] ^= 0x01;
            Assert.False(Secp256k1.Verify(hash, badR, pub));

            var badS = (byte[])sig.Clone();
            badS[40] ^= 0x80;
            Assert.False(Secp256k1.Verify(hash, badS, pub));

            var otherKey = BouncyReference.PublicKey(hash);
            Assert.False(Secp256k1.Verify(hash, sig, otherKey));
        }
    }
}
