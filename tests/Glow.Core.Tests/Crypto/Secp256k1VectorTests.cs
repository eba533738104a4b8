using System.Numerics;
using System.Security.Cryptography;
using Glow.Core.Crypto;
using Glow.Core.Encoding;

namespace Glow.Core.Tests.Crypto;

/// <summary>Known answers and the rejection rules of signature parsing and recovery.</summary>
public class Secp256k1VectorTests
{
    private static readonly byte[] SomeHash = SHA256.HashData("glow"u8);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Public_key_of_small_private_keys_is_that_multiple_of_G(int k)
    {
        var pub = new byte[64];
        Assert.True(Secp256k1.CreatePublicKey(Big.ToBytes32(k), pub));
        Assert.Equal(RefCurve.PublicKey(RefCurve.Mul(k, RefCurve.G)), pub);
    }

    [Fact]
    public void Public_keys_of_one_two_three_and_n_minus_1_match_the_published_values()
    {
        var pub = new byte[64];
        Assert.True(Secp256k1.CreatePublicKey(Big.ToBytes32(1), pub));
        Assert.Equal(
            "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8",
            Hex.Encode(pub, prefix: false));
        Assert.True(Secp256k1.CreatePublicKey(Big.ToBytes32(2), pub));
        Assert.Equal(
            "c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee51ae168fea63dc339a3c58419466ceaeef7f632653266d0e1236431a950cfe52a",
            Hex.Encode(pub, prefix: false));
        Assert.True(Secp256k1.CreatePublicKey(Big.ToBytes32(3), pub));
        Assert.Equal(
            "f9308a019258c31049344f85f89d5229b531c845836f99b08601f113bce036f9388f7b0f632de8140fe337e62a37f3566500a99934c2231b6cb9fd7584b8e672",
            Hex.Encode(pub, prefix: false));
        Assert.True(Secp256k1.CreatePublicKey(Big.ToBytes32(Big.N - 1), pub));
        Assert.Equal(
            "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798b7c52588d95c3b9aa25b0403f1eef75702e84bb7597aabe663b82f6f04ef2777",
            Hex.Encode(pub, prefix: false));
    }

    [Fact]
    public void Private_keys_outside_1_to_n_minus_1_are_rejected()
    {
        var pub = new byte[64];
        var sig = new byte[64];
        foreach (var bad in new[] { BigInteger.Zero, Big.N, Big.N + 1, Big.Two256 - 1 })
        {
            Assert.False(Secp256k1.IsValidPrivateKey(Big.ToBytes32(bad)));
            Assert.False(Secp256k1.CreatePublicKey(Big.ToBytes32(bad), pub));
            Assert.False(Secp256k1.Sign(SomeHash, Big.ToBytes32(bad), sig, out _));
        }

        Assert.True(Secp256k1.IsValidPrivateKey(Big.ToBytes32(Big.N - 1)));
    }

    [Fact]
    public void Generated_private_keys_are_valid_and_distinct()
    {
        var a = Secp256k1.GeneratePrivateKey();
        var b = Secp256k1.GeneratePrivateKey();
        Assert.True(Secp256k1.IsValidPrivateKey(a));
        Assert.True(Secp256k1.IsValidPrivateKey(b));
        Assert.NotEqual(a, b);
    }

    /// <summary>
    /// Deterministic secp256k1 signatures (RFC 6979, HMAC-SHA256, SHA-256 of the text as the hash) as
    /// published with python-ecdsa and trezor-crypto, in low-s form; BouncyCastle agrees on each.
    /// </summary>
    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000001", "Satoshi Nakamoto",
        "934b1ea10a4b3c1757e2b0c017d0b6143ce3c9a7e6a4a49860d7a6ab210ee3d8", "2442ce9d2b916064108014783e923ec36b49743e2ffa1c4496f01a512aafd9e5")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000001", "All those moments will be lost in time, like tears in rain. Time to die...",
        "8600dbd41e348fe5c9465ab92d23e3db8b98b873beecd930736488696438cb6b", "547fe64427496db33bf66019dacbf0039c04199abb0122918601db38a72cfc21")]
    public void Signs_published_RFC6979_vectors(string key, string message, string r, string s)
    {
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(message));
        var sig = new byte[64];
        Assert.True(Secp256k1.Sign(hash, Hex.Decode(key), sig, out _));
        Assert.Equal(r + s, Hex.Encode(sig, prefix: false));
        var reference = BouncyReference.Sign(hash, Hex.Decode(key));
        if (BouncyReference.IsHighS(reference))
        {
            reference = BouncyReference.FlipS(reference);
        }

        Assert.Equal(sig, reference);
    }

    [Fact]
    public void Recovery_ids_2_and_3_use_r_plus_n_as_the_x_coordinate()
    {
        // x = n + 2 lies on the curve (and is below p), so R = (n + 2, ±y) gives r = 2 with ids 2 and 3.
        var r = new BigInteger(2);
        var s = Big.Parse("3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d");
        var e = Big.FromBytes(SomeHash);
        var sig = Big.ToBytes32(r).Concat(Big.ToBytes32(s)).ToArray();
        var x = Big.N + r;
        var y = BigInteger.ModPow((x * x * x) + 7, (Big.P + 1) / 4, Big.P);
        Assert.Equal(Big.Mod((x * x * x) + 7, Big.P), y * y % Big.P);

        var rInv = BigInteger.ModPow(r, Big.N - 2, Big.N);
        var recovered = new byte[64];
        for (var id = 0; id < 4; id++)
        {
            var yId = (id & 1) == (int)(y % 2) ? y : Big.P - y;
            Assert.True(Secp256k1.TryRecover(SomeHash, sig, id, recovered), $"recovery id {id}");
            if ((id & 2) == 0)
            {
                continue; // x = 2 is on the curve too: ids 0 and 1 are checked in the loop below
            }

            // Q = r^-1 (s·R − e·G), computed with the textbook reference
            var q = RefCurve.Add(RefCurve.Mul(s * rInv, ((BigInteger, BigInteger)?)(x, yId)), RefCurve.Mul(Big.N - Big.Mod(e * rInv, Big.N), RefCurve.G));
            Assert.Equal(RefCurve.PublicKey(q), recovered);
            Assert.True(Secp256k1.Verify(SomeHash, sig, recovered));
            Assert.True(BouncyReference.Verify(SomeHash, sig, recovered));
        }

        // ids 0 and 1: R = (2, ±y')
        var y2 = BigInteger.ModPow(8 + 7, (Big.P + 1) / 4, Big.P);
        for (var id = 0; id < 2; id++)
        {
            var yId = (id & 1) == (int)(y2 % 2) ? y2 : Big.P - y2;
            var q = RefCurve.Add(RefCurve.Mul(s * rInv, ((BigInteger, BigInteger)?)(r, yId)), RefCurve.Mul(Big.N - Big.Mod(e * rInv, Big.N), RefCurve.G));
            Assert.True(Secp256k1.TryRecover(SomeHash, sig, id, recovered));
            Assert.Equal(RefCurve.PublicKey(q), recovered);
        }
    }

    [Fact]
    public void Recovery_id_2_fails_when_r_plus_n_is_not_below_p()
    {
        var recovered = new byte[64];
        var s = Big.ToBytes32(12345);
        var rAtLimit = Big.P - Big.N; // x = p exactly
        Assert.False(Secp256k1.TryRecover(SomeHash, [.. Big.ToBytes32(rAtLimit), .. s], 2, recovered));
        Assert.False(Secp256k1.TryRecover(SomeHash, [.. Big.ToBytes32(rAtLimit), .. s], 3, recovered));
        Assert.False(Secp256k1.TryRecover(SomeHash, [.. Big.ToBytes32(Big.N - 1), .. s], 2, recovered));
    }

    [Fact]
    public void Recovery_fails_when_x_is_not_on_the_curve()
    {
        // 5³ + 7 and (n + 5)³ + 7 are both non-residues mod p.
        var recovered = new byte[64];
        byte[] sig = [.. Big.ToBytes32(5), .. Big.ToBytes32(12345)];
        for (var id = 0; id < 4; id++)
        {
            Assert.False(Secp256k1.TryRecover(SomeHash, sig, id, recovered));
        }
    }

    [Theory]
    [InlineData("zero r")]
    [InlineData("zero s")]
    [InlineData("r = n")]
    [InlineData("s = n")]
    [InlineData("r = 2^256 - 1")]
    [InlineData("s = 2^256 - 1")]
    public void Recovery_and_verification_reject_r_or_s_of_zero_or_at_least_n(string which)
    {
        var key = Big.ToBytes32(Big.Parse("c85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4"));
        var sig = new byte[64];
        var pub = new byte[64];
        Assert.True(Secp256k1.Sign(SomeHash, key, sig, out var id));
        Assert.True(Secp256k1.CreatePublicKey(key, pub));
        var bad = which switch
        {
            "zero r" => Big.ToBytes32(0).Concat(sig[32..]),
            "zero s" => sig[..32].Concat(Big.ToBytes32(0)),
            "r = n" => Big.ToBytes32(Big.N).Concat(sig[32..]),
            "s = n" => sig[..32].Concat(Big.ToBytes32(Big.N)),
            "r = 2^256 - 1" => Big.ToBytes32(Big.Two256 - 1).Concat(sig[32..]),
            _ => sig[..32].Concat(Big.ToBytes32(Big.Two256 - 1)),
        };
        var recovered = new byte[64];
        Assert.False(Secp256k1.TryRecover(SomeHash, bad.ToArray(), id, recovered));
        Assert.False(Secp256k1.Verify(SomeHash, bad.ToArray(), pub));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(27)]
    public void Recovery_rejects_ids_outside_0_to_3(int id)
    {
        var key = Big.ToBytes32(42);
        var sig = new byte[64];
        Assert.True(Secp256k1.Sign(SomeHash, key, sig, out _));
        Assert.False(Secp256k1.TryRecover(SomeHash, sig, id, new byte[64]));
    }

    [Fact]
    public void Recovery_accepts_high_s_and_IsLowS_tells_them_apart()
    {
        var key = Big.ToBytes32(Big.Parse("c87f65ff3f271bf5dc8643484f66b200109caffe4bf98c4cb393dc35740b28c0"));
        var sig = new byte[64];
        var pub = new byte[64];
        Assert.True(Secp256k1.Sign(SomeHash, key, sig, out var id));
        Assert.True(Secp256k1.CreatePublicKey(key, pub));
        var high = BouncyReference.FlipS(sig);
        Assert.True(Secp256k1.IsLowS(sig.AsSpan(32)));
        Assert.False(Secp256k1.IsLowS(high.AsSpan(32)));
        var recovered = new byte[64];
        Assert.True(Secp256k1.TryRecover(SomeHash, high, id ^ 1, recovered)); // the mirrored R has the other parity
        Assert.Equal(pub, recovered);
        Assert.True(Secp256k1.IsLowS(Big.ToBytes32((Big.N - 1) / 2)));
        Assert.False(Secp256k1.IsLowS(Big.ToBytes32(((Big.N - 1) / 2) + 1)));
        Assert.False(Secp256k1.IsLowS(Big.ToBytes32(Big.N)));
    }

    [Fact]
    public void Public_keys_round_trip_through_compressed_and_uncompressed_forms()
    {
        var pub = new byte[64];
        var parsed = new byte[64];
        var compressed = new byte[33];
        var uncompressed = new byte[65];
        foreach (var k in new BigInteger[] { 1, 2, 3, Big.N - 1, Big.Parse("c85ef7d79691fe79573b1a7064c19c1a9819ebdbd1faaab1a8ec92344438aaf4") })
        {
            Assert.True(Secp256k1.CreatePublicKey(Big.ToBytes32(k), pub));
            Secp256k1.SerializeCompressed(pub, compressed);
            Secp256k1.SerializeUncompressed(pub, uncompressed);
            Assert.Equal(pub[63] % 2 == 0 ? 0x02 : 0x03, compressed[0]);
            Assert.Equal(0x04, uncompressed[0]);
            Assert.True(Secp256k1.TryParsePublicKey(compressed, parsed));
            Assert.Equal(pub, parsed);
            Assert.True(Secp256k1.TryParsePublicKey(uncompressed, parsed));
            Assert.Equal(pub, parsed);
        }

        Secp256k1.SerializeCompressed(pub, compressed);
        compressed[0] = 0x04;
        Assert.False(Secp256k1.TryParsePublicKey(compressed, parsed));
        Secp256k1.SerializeUncompressed(pub, uncompressed);
        uncompressed[64] ^= 1;
        Assert.False(Secp256k1.TryParsePublicKey(uncompressed, parsed)); // off the curve
        Assert.False(Secp256k1.TryParsePublicKey([0x02, .. Big.ToBytes32(5)], parsed)); // no point with x = 5
        Assert.False(Secp256k1.TryParsePublicKey([0x02, .. Big.ToBytes32(Big.P + 1)], parsed)); // x ≥ p
        Assert.False(Secp256k1.TryParsePublicKey(pub, parsed)); // 64 bytes without a prefix
    }

    [Fact]
    public void Verification_rejects_public_keys_off_the_curve_or_with_coordinates_not_below_p()
    {
        var key = Big.ToBytes32(42);
        var sig = new byte[64];
        var pub = new byte[64];
        Assert.True(Secp256k1.Sign(SomeHash, key, sig, out _));
        Assert.True(Secp256k1.CreatePublicKey(key, pub));
        Assert.True(Secp256k1.Verify(SomeHash, sig, pub));
        var off = (byte[])pub.Clone();
        off[63] ^= 1;
        Assert.False(Secp256k1.Verify(SomeHash, sig, off));
        Assert.False(Secp256k1.IsValidPublicKey(off));

        // (2, y) is on the curve; (2 + p, y) names the same residue but is not a canonical encoding.
        var y = BigInteger.ModPow(15, (Big.P + 1) / 4, Big.P);
        Assert.Equal(new BigInteger(15), y * y % Big.P);
        Assert.True(Secp256k1.IsValidPublicKey([.. Big.ToBytes32(2), .. Big.ToBytes32(y)]));
        byte[] alias = [.. Big.ToBytes32(Big.P + 2), .. Big.ToBytes32(y)];
        Assert.False(Secp256k1.IsValidPublicKey(alias));
        Assert.False(Secp256k1.Verify(SomeHash, sig, alias));
    }

    [Fact]
    public void Signing_through_the_constant_time_and_variable_time_multiplications_gives_identical_results()
    {
        var ct = new byte[64];
        var vt = new byte[64];
        foreach (var (key, hash) in EcdsaAgainstBouncyCastleTests.RandomCases(200, 300))
        {
            Assert.True(Secp256k1.SignCore(hash, key, ct, out var id1, constantTime: true));
            Assert.True(Secp256k1.SignCore(hash, key, vt, out var id2, constantTime: false));
            Assert.Equal(ct, vt);
            Assert.Equal(id1, id2);
        }
    }
}
