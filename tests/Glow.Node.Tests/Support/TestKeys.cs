
using Glow.Core.Crypto;

namespace Glow.Node.Tests.Support;

/// <summary>Deterministic private keys (key i = 32-byte big-endian i + 1) and their addresses.</summary>
internal static class TestKeys
{
    public static byte[] Key(int index)
    {
        var key = new byte[32];
        key[28] = (byte)((index + 1) >> 24);
        key[29] = (byte)((index + 1) >> 16);
        key[30] = (byte)((index + 1) >> 8);
        key[31] = (byte)(index + 1);
        return key;
    }

    public static Core.Address AddressOf(ReadOnlySpan<byte> key)
    {
        Span<byte> publicKey = stackalloc byte[64];
        Assert.True(Secp256k1.CreatePublicKey(key, publicKey));
        return Core.Address.FromPublicKey(publicKey);
    }

    public static Core.Address Address(int index) => AddressOf(Key(index));
}
