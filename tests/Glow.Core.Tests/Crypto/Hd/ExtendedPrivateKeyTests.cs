using Glow.Core.Crypto.Hd;

namespace Glow.Core.Tests.Crypto.Hd;

public class ExtendedPrivateKeyTests
{
    [Fact]
    public void BIP32_test_vector_1_master_and_children_have_the_published_keys_and_chain_codes()
    {
        var master = ExtendedPrivateKey.FromSeed(Convert.FromHexString("000102030405060708090a0b0c0d0e0f"));
        Assert.Equal("e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35", Convert.ToHexStringLower(master.PrivateKey));
        Assert.Equal("873dff81c02f525623fd1fe5167eac3a55a049de3d314bb42ee227ffed37d508", Convert.ToHexStringLower(master.ChainCode));

        var hardened = master.Derive("m/0'");
        Assert.Equal("edb2e14f9ee77d26dd93b4ecede8d16ed408ce149b6cd80b0715a2d911a0afea", Convert.ToHexStringLower(hardened.PrivateKey));
        Assert.Equal("47fdacbd0f1097043b78c63c20c34ef4ed9a111d980047ad16282c7ae6236141", Convert.ToHexStringLower(hardened.ChainCode));

        var normal = master.Derive("m/0h/1");
        Assert.Equal("3c6cb8d0f6a264c91ea8b5030fadaa8e538b020f0a387421a12de9319dc93368", Convert.ToHexStringLower(normal.PrivateKey));
        Assert.Equal("2a7857631386ba23dacac34180dd1983734e444fdbf774041578e9b6adb37c19", Convert.ToHexStringLower(normal.ChainCode));
        Assert.Equal(Convert.ToHexStringLower(hardened.Derive(1).PrivateKey), Convert.ToHexStringLower(normal.PrivateKey));
    }

    [Theory]
    [InlineData(0, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")]
    [InlineData(1, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8")]
    [InlineData(2, "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")]
    public void The_test_mnemonic_gives_the_well_known_development_accounts(int index, string address)
    {
        // The mnemonic Hardhat and anvil use; m/44'/60'/0'/0/i (BIP-44, coin type 60).
        var seed = Bip39.ToSeed("test test test test test test test test test test test junk");
        var key = ExtendedPrivateKey.FromSeed(seed).Derive($"m/44'/60'/0'/0/{index}");
        Assert.Equal(address, key.Address.ToChecksumString());
    }

    [Theory]
    [InlineData("44'/60'")]
    [InlineData("m/x")]
    [InlineData("m/2147483648")]
    [InlineData("m/-1")]
    public void Malformed_paths_are_refused(string path) =>
        Assert.Throws<FormatException>(() => ExtendedPrivateKey.FromSeed(new byte[16]).Derive(path));

    [Fact]
    public void A_tweak_of_n_or_more_or_a_zero_sum_gives_no_child_key()
    {
        var n = Convert.FromHexString("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141");
        var nMinusOne = Convert.FromHexString("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364140");
        var one = new byte[32];
        one[31] = 1;
        var result = new byte[32];
        Assert.False(Glow.Core.Crypto.Secp256k1.TryAddPrivateKeyTweak(one, n, result));
        Assert.False(Glow.Core.Crypto.Secp256k1.TryAddPrivateKeyTweak(one, nMinusOne, result));
        Assert.True(Glow.Core.Crypto.Secp256k1.TryAddPrivateKeyTweak(one, one, result));
        Assert.Equal(2, result[31]);
    }

    [Fact]
    public void Seeds_outside_16_to_64_bytes_are_refused() =>
        Assert.Throws<ArgumentException>(() => ExtendedPrivateKey.FromSeed(new byte[15]));
}
