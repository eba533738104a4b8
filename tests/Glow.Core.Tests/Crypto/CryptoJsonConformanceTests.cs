using System.Security.Cryptography;
using System.Text.Json;
using Glow.Core.Crypto;
using Glow.Core.Encoding;
using Glow.TestKit;

namespace Glow.Core.Tests.Crypto;

/// <summary>
/// ethereum-tests BasicTests/crypto.json. Its <c>ecies1</c> case is devp2p's ECIES (SEC 1 with the
/// RLPx changes): decrypting it needs a secp256k1 Diffie–Hellman with our point multiplication, so it
/// checks that on an arbitrary point. <c>aes1</c> is plain AES-128-CTR, no curve at all; it is run too
/// because the ECIES decryption needs the same CTR mode.
/// </summary>
public class CryptoJsonConformanceTests
{
    [Fact]
    public void Every_case_of_the_file_is_a_known_kind()
    {
        var kinds = Load().EnumerateObject().Select(c => c.Value.GetProperty("decryption_type").GetString()).ToArray();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Contains(k, new[] { "aes_ctr", "ecies_sec1_altered" }));
    }

    [Fact]
    public void Aes_ctr_case_decrypts_to_the_payload()
    {
        foreach (var c in Cases("aes_ctr"))
        {
            var key = Hex.Decode(c.GetProperty("key").GetString()!);
            var cipher = Hex.Decode(c.GetProperty("cipher").GetString()!);

            // The file gives a 32-byte key, a 16-byte cipher and no IV: AES-256 with a zero counter block.
            var plain = AesCtr(key, new byte[16], cipher);
            Assert.Equal(c.GetProperty("payload").GetString(), Hex.Encode(plain, prefix: false));
        }
    }

    [Fact]
    public void Ecies_case_decrypts_with_our_secp256k1_shared_secret()
    {
        foreach (var c in Cases("ecies_sec1_altered"))
        {
            var key = Hex.Decode(c.GetProperty("key").GetString()!);
            var cipher = Hex.Decode(c.GetProperty("cipher").GetString()!);

            // 0x04‖R (65) ‖ IV (16) ‖ ciphertext ‖ HMAC-SHA256 tag (32)
            Assert.Equal(0x04, cipher[0]);
            Assert.True(Secp256k1.IsValidPublicKey(cipher.AsSpan(1, 64)));
            var ephemeral = cipher.AsSpan(1, 64);
            var shared = SharedX(key, ephemeral);

            // NIST SP 800-56 concatenation KDF with SHA-256, one block: encryption key, then MAC key material.
            var k = SHA256.HashData([0, 0, 0, 1, .. shared]);
            var encryptionKey = k[..16];
            var macKey = SHA256.HashData(k[16..]);
            var iv = cipher[65..81];
            var body = cipher[81..^32];
            var tag = cipher[^32..];
            Assert.Equal(tag, HMACSHA256.HashData(macKey, iv.Concat(body).ToArray()));
            Assert.Equal(c.GetProperty("payload").GetString(), Hex.Encode(AesCtr(encryptionKey, iv, body), prefix: false));
        }
    }

    /// <summary>x of key·P (ECDH), through the point multiplication used for recovery.</summary>
    private static byte[] SharedX(byte[] privateKey, ReadOnlySpan<byte> publicKey64)
    {
        Assert.True(FieldElement.TryRead(publicKey64[..32], out var x));
        Assert.True(FieldElement.TryRead(publicKey64[32..], out var y));
        var d = Scalar.Read(privateKey, out var overflow);
        Assert.False(overflow);
        var point = EcMult.MulAdd(Scalar.Zero, new AffinePoint(x, y), d).ToAffine();
        var result = new byte[32];
        point.X.Write(result);
        return result;
    }

    private static byte[] AesCtr(byte[] key, byte[] iv, byte[] input)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        var counter = (byte[])iv.Clone();
        var output = new byte[input.Length];
        var stream = new byte[16];
        for (var offset = 0; offset < input.Length; offset += 16)
        {
            aes.EncryptEcb(counter, stream, PaddingMode.None);
            for (var i = 0; i < 16 && offset + i < input.Length; i++)
            {
                output[offset + i] = (byte)(input[offset + i] ^ stream[i]);
            }

            for (var i = 15; i >= 0 && ++counter[i] == 0; i--)
            {
            }
        }

        return output;
    }

    private static JsonElement[] Cases(string kind)
    {
        var cases = Load().EnumerateObject().Select(c => c.Value).Where(c => c.GetProperty("decryption_type").GetString() == kind).ToArray();
        Assert.NotEmpty(cases);
        return cases;
    }

    private static JsonElement Load() =>
        JsonDocument.Parse(File.ReadAllBytes(RepoPaths.EthereumTests("BasicTests", "crypto.json"))).RootElement;
}
