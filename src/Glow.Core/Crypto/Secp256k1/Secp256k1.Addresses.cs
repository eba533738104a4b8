namespace Glow.Core.Crypto;

/// <summary>Ethereum addresses of keys and signers.</summary>
public static partial class Secp256k1
{
    /// <summary>The address of a public key: the last 20 bytes of Keccak-256 of x‖y.</summary>
    public static Address DeriveAddress(ReadOnlySpan<byte> publicKey64) => Address.FromPublicKey(publicKey64);

    /// <summary>The address of a private key; false when the key is not in [1, n − 1].</summary>
    public static bool TryDeriveAddressFromPrivateKey(ReadOnlySpan<byte> privateKey32, out Address address)
    {
        Span<byte> pub = stackalloc byte[PublicKeyLength];
        if (!CreatePublicKey(privateKey32, pub))
        {
            address = Address.Zero;
            return false;
        }

        address = Address.FromPublicKey(pub);
        return true;
    }

    /// <summary>
    /// The address that signed <paramref name="messageHash32"/>: <see cref="TryRecover"/>, then
    /// <see cref="DeriveAddress"/>. False under the same conditions as <see cref="TryRecover"/>.
    /// </summary>
    public static bool TryRecoverAddress(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> signature64, int recoveryId, out Address address)
    {
        Span<byte> pub = stackalloc byte[PublicKeyLength];
        if (!TryRecover(messageHash32, signature64, recoveryId, pub))
        {
            address = Address.Zero;
            return false;
        }

        address = Address.FromPublicKey(pub);
        return true;
    }

    /// <summary>The address that signed <paramref name="messageHash32"/>, or null when recovery fails (see <see cref="TryRecover"/>).</summary>
    public static Address? RecoverAddress(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> signature64, int recoveryId) =>
        TryRecoverAddress(messageHash32, signature64, recoveryId, out var address) ? address : null;
}
