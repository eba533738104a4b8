using Glow.Core;
using Glow.Core.Crypto;

namespace Glow.Node.Tests.TxPool;

/// <summary>Private keys drawn from a fixed seed, with their addresses.</summary>
internal static class TestAccounts
{
    private const int Seed = 20_240_501;
    private static readonly Lock Gate = new();
    private static readonly List<(byte[] Key, Address Address)> Keys = [];

    public static byte[] Key(int index) => Get(index).Key;

    public static Address Address(int index) => Get(index).Address;

    private static (byte[] Key, Address Address) Get(int index)
    {
        lock (Gate)
        {
            if (Keys.Count <= index)
            {
                var random = new Random(Seed);
                Keys.Clear();
                while (Keys.Count <= Math.Max(index, 1_023))
                {
                    var key = new byte[32];
                    random.NextBytes(key);
                    if (Secp256k1.TryDeriveAddressFromPrivateKey(key, out var address))
                    {
                        Keys.Add((key, address));
                    }
                }
            }

            return Keys[index];
        }
    }
}
