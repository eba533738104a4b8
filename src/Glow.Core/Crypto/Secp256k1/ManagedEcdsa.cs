namespace Glow.Core.Crypto;

/// <summary>The default <see cref="IEcdsaBackend"/>: the managed <see cref="Secp256k1"/>, which needs nothing installed.</summary>
public sealed class ManagedEcdsa : IEcdsaBackend
{
    private ManagedEcdsa()
    {
    }

    /// <summary>The single instance (the class holds no state).</summary>
    public static ManagedEcdsa Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "managed";

    /// <inheritdoc />
    public bool TryRecover(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> signature64, int recoveryId, Span<byte> publicKey64) =>
        Secp256k1.TryRecover(messageHash32, signature64, recoveryId, publicKey64);

    /// <inheritdoc />
    public bool Sign(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> privateKey32, Span<byte> signature64, out int recoveryId) =>
        Secp256k1.Sign(messageHash32, privateKey32, signature64, out recoveryId);

    /// <inheritdoc />
    public bool Verify(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> signature64, ReadOnlySpan<byte> publicKey64) =>
        Secp256k1.Verify(messageHash32, signature64, publicKey64);

    /// <inheritdoc />
    public bool CreatePublicKey(ReadOnlySpan<byte> privateKey32, Span<byte> publicKey64) =>
        Secp256k1.CreatePublicKey(privateKey32, publicKey64);
}
