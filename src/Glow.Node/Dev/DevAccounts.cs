using Glow.Core.Crypto.Hd;

namespace Glow.Node.Dev;

/// <summary>Derives dev accounts from a BIP-39 mnemonic along Ethereum's path m/44'/60'/0'/0/i (protocol.md §1).</summary>
public static class DevAccounts
{
    /// <summary>The mnemonic every Ethereum dev tool uses by default (Hardhat, anvil); its keys are public knowledge.</summary>
    public const string TestMnemonic = "test test test test test test test test test test test junk";

    /// <summary>The first <paramref name="count"/> accounts of <paramref name="mnemonic"/>.</summary>
    /// <exception cref="ArgumentException">The mnemonic is not a valid BIP-39 English mnemonic, or the count is out of range.</exception>
    public static IReadOnlyList<DevAccount> Derive(string mnemonic, int count)
    {
        ArgumentNullException.ThrowIfNull(mnemonic);
        if (count is < 1 or > 1000)
        {
            throw new ArgumentException($"The number of dev accounts must be between 1 and 1000, not {count}.", nameof(count));
        }

        if (!Bip39.IsValid(mnemonic))
        {
            throw new ArgumentException("The mnemonic is not a valid BIP-39 English mnemonic (word list or checksum).", nameof(mnemonic));
        }

        var change = ExtendedPrivateKey.FromSeed(Bip39.ToSeed(mnemonic)).Derive("m/44'/60'/0'/0");
        var accounts = new DevAccount[count];
        for (var i = 0; i < count; i++)
        {
            var key = change.Derive((uint)i);
            accounts[i] = new DevAccount(i, key.Address, key.PrivateKey.ToArray());
        }

        return accounts;
    }
}
