using System.Text.Json;
using Glow.Core.Crypto;
using Glow.Core.Encoding;
using Glow.TestKit;

namespace Glow.Core.Tests.Crypto;

/// <summary>ethereum-tests BasicTests/keyaddrtest.json: private key → address.</summary>
/// <remarks>
/// The file's <c>sig_of_emptystring</c> entries are not checked: no documented hash of the empty string
/// (Keccak-256, SHA-256, SHA3-256, the zero hash, or Bitcoin's message hash) recovers the listed address
/// with them, the file does not say what was signed, and other clients ignore them for the same reason.
/// </remarks>
public class KeyAddressConformanceTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var item in Load().EnumerateArray())
        {
            data.Add(item.GetProperty("seed").GetString()!);
        }

        return data;
    }

    [Fact]
    public void The_file_has_cases()
    {
        Assert.True(Load().GetArrayLength() > 0, "keyaddrtest.json holds no cases");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Private_key_gives_the_listed_address(string seed)
    {
        var item = Case(seed);
        Assert.True(Secp256k1.TryDeriveAddressFromPrivateKey(Hex.Decode(item.GetProperty("key").GetString()!), out var address));
        Assert.Equal(Address.Parse("0x" + item.GetProperty("addr").GetString()), address);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Recovering_our_signature_gives_the_listed_address(string seed)
    {
        var item = Case(seed);
        var key = Hex.Decode(item.GetProperty("key").GetString()!);
        var hash = Keccak256.ComputeBytes("glow"u8);
        var signature = new byte[64];
        Assert.True(Secp256k1.Sign(hash, key, signature, out var id));
        Assert.Equal(Address.Parse("0x" + item.GetProperty("addr").GetString()), Secp256k1.RecoverAddress(hash, signature, id));
        Assert.Null(Secp256k1.RecoverAddress(hash, signature, 4));
    }

    private static JsonElement Case(string seed)
    {
        foreach (var item in Load().EnumerateArray())
        {
            if (item.GetProperty("seed").GetString() == seed)
            {
                return item;
            }
        }

        throw new InvalidOperationException($"no case {seed}");
    }

    private static JsonElement Load() =>
        JsonDocument.Parse(File.ReadAllBytes(RepoPaths.EthereumTests("BasicTests", "keyaddrtest.json"))).RootElement;
}
