using System.Security.Cryptography;
using Glow.Core.Crypto.Hd;

namespace Glow.Core.Tests.Crypto.Hd;

public class Bip39Tests
{
    // Entropy and mnemonic pairs of the BIP-39 reference vectors (Trezor's vectors.json, English).
    public static TheoryData<string, string> Vectors => new()
    {
        { "00000000000000000000000000000000", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about" },
        { "7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f", "legal winner thank year wave sausage worth useful legal winner thank yellow" },
        { "80808080808080808080808080808080", "letter advice cage absurd amount doctor acoustic avoid letter advice cage above" },
        { "ffffffffffffffffffffffffffffffff", "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong" },
        { "000000000000000000000000000000000000000000000000", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon agent" },
        { "808080808080808080808080808080808080808080808080", "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter always" },
        { "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo vote" },
        { "7dce4ed2284c9134d026608ab684c05c", "lava include region explain simple omit dog slot melt reflect copy reward" },
        { "0ce452419635c1a5faf44d60f2029f73fdc43419b4de1f03", "artefact card motor cluster foster spray type meadow genius mosquito pond tree sword borrow grocery orange business burger" },
        { "00ac97c48106f0aeb8ba061e0250a559b3251dc35854e694780ba51d53a50120", "absent gorilla van acoustic humor firm title dolphin bulk barely citizen recall crane moment aspect appear track phrase actual enforce steel spoon afraid benefit" },
        { "63deb1e7f0c3de56f4ab43c9d2ae6c86", "glow void ketchup thunder digital clock sport half six nice open artefact" },
        { "89bb4bc5555992cdaf3444c5e7ca5a6e9f27efab894f1990bae41be8b2a26ea4", "meadow surge vanish primary odor grocery rubber mass shine dinner notable tag venue water purchase clarify book magic ribbon daughter menu eye ritual orchard" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Entropy_and_mnemonic_convert_both_ways_as_the_reference_vectors_say(string entropyHex, string mnemonic)
    {
        var entropy = Convert.FromHexString(entropyHex);
        Assert.Equal(mnemonic, Bip39.FromEntropy(entropy));
        Assert.True(Bip39.TryGetEntropy(mnemonic, out var recovered));
        Assert.Equal(entropy, recovered);
    }

    [Theory]
    [InlineData("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", "TREZOR", "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04")]
    [InlineData("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", "", "5eb00bbddcf069084889a8ab9155568165f5c453ccb85e70811aaed6f6da5fc19a5ac40b389cd370d086206dec8aa6c43daea6690f20ad3d8d48b2d2ce9e38e4")]
    public void The_seed_is_PBKDF2_of_the_mnemonic_with_the_passphrase(string mnemonic, string passphrase, string seed)
    {
        Assert.Equal(seed, Convert.ToHexStringLower(Bip39.ToSeed(mnemonic, passphrase)));
        Assert.Equal(seed, Convert.ToHexStringLower(Bip39.ToSeed("  " + mnemonic.Replace(" ", "   ", StringComparison.Ordinal) + "\n", passphrase)));
    }

    [Theory]
    [InlineData("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon")]
    [InlineData("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon")]
    [InlineData("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abouts")]
    [InlineData("")]
    public void Mnemonics_with_a_wrong_checksum_word_count_or_unknown_word_are_invalid(string mnemonic) =>
        Assert.False(Bip39.IsValid(mnemonic));

    [Fact]
    public void The_word_list_is_the_standard_English_list()
    {
        Assert.Equal(2048, Bip39.EnglishWords.Count);
        var text = string.Join('\n', Bip39.EnglishWords) + "\n";
        Assert.Equal("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda", Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(text))));
    }

    [Fact]
    public void Entropy_of_a_wrong_length_is_refused() =>
        Assert.Throws<ArgumentException>(() => Bip39.FromEntropy(new byte[15]));
}
