namespace Glow.Core.Crypto;

/// <summary>
/// The secp256k1 ECDSA operations the node needs, behind one seam so that an implementation can be
/// swapped (the managed <see cref="ManagedEcdsa"/> by default; <see cref="NativeSecp256k1"/> for
/// comparison). Formats are those of <see cref="Secp256k1"/>.
/// </summary>
public interface IEcdsaBackend
{
    /// <summary>A short name for logs and benchmark tables.</summary>
    string Name { get; }

    /// <summary>As <see cref="Secp256k1.TryRecover"/>.</summary>
    bool TryRecover(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> signature64, int recoveryId, Span<byte> publicKey64);

    /// <summary>As <see cref="Secp256k1.Sign"/>.</summary>
    bool Sign(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> privateKey32, Span<byte> signature64, out int recoveryId);

    /// <summary>As <see cref="Secp256k1.Verify"/>.</summary>
    bool Verify(ReadOnlySpan<byte> messageHash32, ReadOnlySpan<byte> signature64, ReadOnlySpan<byte> publicKey64);

    /// <summary>As <see cref="Secp256k1.CreatePublicKey"/>.</summary>
    bool CreatePublicKey(ReadOnlySpan<byte> privateKey32, Span<byte> publicKey64);
}
