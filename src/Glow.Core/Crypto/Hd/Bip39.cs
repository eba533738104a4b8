using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Glow.Core.Crypto.Hd;

/// <summary>
/// BIP-39 mnemonics with the English word list: entropy to words with the SHA-256 checksum, validation, and the
/// 64-byte seed (PBKDF2-HMAC-SHA512, 2,048 iterations, salt "mnemonic" + passphrase). Mnemonics are compared after
/// collapsing runs of whitespace; the English list is ASCII, so NFKD normalisation changes nothing in the words, and a
/// passphrase is normalised with the platform's NFKD.
/// </summary>
public static class Bip39
{
    private static readonly string[] Words = LoadWords();
    private static readonly Dictionary<string, int> Indexes = BuildIndexes();

    /// <summary>The 2,048 words of the English list, in order.</summary>
    public static IReadOnlyList<string> EnglishWords => Words;

    /// <summary>The mnemonic of <paramref name="entropy"/> (16, 20, 24, 28 or 32 bytes: 12 to 24 words).</summary>
    /// <exception cref="ArgumentException">The entropy has another length.</exception>
    public static string FromEntropy(ReadOnlySpan<byte> entropy)
    {
        if (entropy.Length is < 16 or > 32 || entropy.Length % 4 != 0)
        {
            throw new ArgumentException("BIP-39 entropy is 16, 20, 24, 28 or 32 bytes.", nameof(entropy));
        }

        Span<byte> checksum = stackalloc byte[32];
        SHA256.HashData(entropy, checksum);
        var bits = (entropy.Length * 8) + (entropy.Length / 4);
        var words = new string[bits / 11];
        for (var w = 0; w < words.Length; w++)
        {
            var index = 0;
            for (var b = 0; b < 11; b++)
            {
                var position = (w * 11) + b;
                var bit = position < entropy.Length * 8
                    ? (entropy[position / 8] >> (7 - (position % 8))) & 1
                    : (checksum[(position - (entropy.Length * 8)) / 8] >> (7 - ((position - (entropy.Length * 8)) % 8))) & 1;
                index = (index << 1) | bit;
            }

            words[w] = Words[index];
        }

        return string.Join(' ', words);
    }

    /// <summary>True when every word is on the list, the count is 12, 15, 18, 21 or 24, and the checksum matches.</summary>
    public static bool IsValid(string mnemonic) => TryGetEntropy(mnemonic, out _);

    /// <summary>Recovers the entropy of a valid mnemonic; false when it is not one.</summary>
    public static bool TryGetEntropy(string mnemonic, out byte[] entropy)
    {
        ArgumentNullException.ThrowIfNull(mnemonic);
        entropy = [];
        var words = mnemonic.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 12 or > 24 || words.Length % 3 != 0)
        {
            return false;
        }

        var bits = words.Length * 11;
        var checksumBits = bits / 33;
        var bytes = new byte[(bits + 7) / 8];
        for (var w = 0; w < words.Length; w++)
        {
            if (!Indexes.TryGetValue(words[w], out var index))
            {
                return false;
            }

            for (var b = 0; b < 11; b++)
            {
                if (((index >> (10 - b)) & 1) != 0)
                {
                    var position = (w * 11) + b;
                    bytes[position / 8] |= (byte)(0x80 >> (position % 8));
                }
            }
        }

        var entropyBytes = (bits - checksumBits) / 8;
        var candidate = bytes[..entropyBytes];
        Span<byte> checksum = stackalloc byte[32];
        SHA256.HashData(candidate, checksum);
        for (var i = 0; i < checksumBits; i++)
        {
            var position = (entropyBytes * 8) + i;
            var expected = (checksum[i / 8] >> (7 - (i % 8))) & 1;
            var actual = (bytes[position / 8] >> (7 - (position % 8))) & 1;
            if (expected != actual)
            {
                return false;
            }
        }

        entropy = candidate;
        return true;
    }

    /// <summary>The 64-byte seed of a mnemonic and passphrase (BIP-39 "From mnemonic to seed").</summary>
    /// <remarks>The seed does not depend on the checksum: a mnemonic is not validated here (see <see cref="IsValid"/>).</remarks>
    public static byte[] ToSeed(string mnemonic, string passphrase = "")
    {
        ArgumentNullException.ThrowIfNull(mnemonic);
        ArgumentNullException.ThrowIfNull(passphrase);
        var normalized = string.Join(' ', mnemonic.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormKD);
        var salt = ("mnemonic" + passphrase).Normalize(NormalizationForm.FormKD);
        return Rfc2898DeriveBytes.Pbkdf2(System.Text.Encoding.UTF8.GetBytes(normalized), System.Text.Encoding.UTF8.GetBytes(salt), 2048, HashAlgorithmName.SHA512, 64);
    }

    private static string[] LoadWords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Glow.Core.Crypto.Hd.Bip39English.txt")
            ?? throw new InvalidOperationException("The BIP-39 English word list is missing from the assembly.");
        using var reader = new StreamReader(stream, System.Text.Encoding.ASCII);
        var words = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 2048 ? words : throw new InvalidOperationException($"The BIP-39 English word list has {words.Length} words, not 2048.");
    }

    private static Dictionary<string, int> BuildIndexes()
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Words.Length; i++)
        {
            indexes.Add(Words[i], i);
        }

        return indexes;
    }
}
