using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Glow.Core.Blocks;
using Glow.Core.Crypto;

namespace Glow.Core.Chain;

/// <summary>
/// The producer's seal of protocol.md §2: the last 65 bytes of <c>extraData</c> are a secp256k1 signature
/// <c>r ‖ s ‖ v</c> (v ∈ {0, 1}, s low as EIP-2 requires of transactions) over the <see cref="SealHash"/>, the
/// Keccak-256 of the header's RLP with those 65 bytes removed from <c>extraData</c>. What comes before the seal is
/// RLP(<see cref="GlowExtra"/>). The genesis header has no seal: nobody produces it, every node builds it from the
/// chainspec (<see cref="GenesisBlock"/>).
/// </summary>
public static class HeaderSeal
{
    /// <summary>Length of the seal: r (32), s (32), v (1).</summary>
    public const int SealLength = 65;

    /// <summary>The hash a producer signs: Keccak-256 of the header's RLP with the last 65 bytes of extraData removed.</summary>
    /// <exception cref="ArgumentException">The extraData is shorter than a seal.</exception>
    public static Hash256 SealHash(BlockHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.ExtraData.Length < SealLength)
        {
            throw new ArgumentException($"The header's extraData has {header.ExtraData.Length} bytes, fewer than a {SealLength}-byte seal.", nameof(header));
        }

        return HashWithExtraData(header, header.ExtraData[..^SealLength]);
    }

    /// <summary>
    /// The header <paramref name="unsealed"/> with its extraData followed by the seal made with
    /// <paramref name="privateKey"/>. The signature covers the unsealed header exactly, so <see cref="SealHash"/> of
    /// the result equals the Keccak-256 of the unsealed header's RLP.
    /// </summary>
    /// <exception cref="ArgumentException">The key is not a valid secp256k1 private key.</exception>
    public static BlockHeader Seal(BlockHeader unsealed, ReadOnlySpan<byte> privateKey)
    {
        ArgumentNullException.ThrowIfNull(unsealed);
        var hash = HashWithExtraData(unsealed, unsealed.ExtraData);
        var extraData = new byte[unsealed.ExtraData.Length + SealLength];
        unsealed.ExtraData.Span.CopyTo(extraData);
        var seal = extraData.AsSpan(unsealed.ExtraData.Length);
        if (privateKey.Length != Secp256k1.ScalarLength || !Secp256k1.Sign(hash.Bytes, privateKey, seal[..Secp256k1.SignatureLength], out var recoveryId))
        {
            throw new ArgumentException("Not a secp256k1 private key (32 bytes, in [1, n − 1]).", nameof(privateKey));
        }

        if (recoveryId > 1)
        {
            // R's x overflowed the group order: probability about 2^-127, and v ∈ {0, 1} cannot express it.
            throw new InvalidOperationException("The signature needs a recovery id above 1, which a seal cannot carry.");
        }

        seal[Secp256k1.SignatureLength] = (byte)recoveryId;
        return WithExtraData(unsealed, extraData);
    }

    /// <summary>
    /// The address whose key made the header's seal. False when extraData is shorter than a seal, v is not 0 or 1, s is
    /// high (above n/2), or the signature does not recover a key.
    /// </summary>
    public static bool TryRecoverSigner(BlockHeader header, out Address signer)
    {
        ArgumentNullException.ThrowIfNull(header);
        signer = Address.Zero;
        if (header.ExtraData.Length < SealLength)
        {
            return false;
        }

        var seal = header.ExtraData.Span[^SealLength..];
        var v = seal[Secp256k1.SignatureLength];
        if (v > 1 || !Secp256k1.IsLowS(seal.Slice(Secp256k1.ScalarLength, Secp256k1.ScalarLength)))
        {
            return false;
        }

        var hash = HashWithExtraData(header, header.ExtraData[..^SealLength]);
        return Secp256k1.TryRecoverAddress(hash.Bytes, seal[..Secp256k1.SignatureLength], v, out signer);
    }

    /// <summary>
    /// Splits a sealed header's extraData into its <see cref="GlowExtra"/> and its 65-byte seal. False when extraData is
    /// shorter than a seal or what precedes the seal is not exactly one valid GlowExtra.
    /// </summary>
    public static bool TrySplit(BlockHeader header, [NotNullWhen(true)] out GlowExtra? extra, out ReadOnlyMemory<byte> seal)
    {
        ArgumentNullException.ThrowIfNull(header);
        extra = null;
        seal = ReadOnlyMemory<byte>.Empty;
        if (header.ExtraData.Length < SealLength
            || !GlowExtraCodec.TryDecode(header.ExtraData.Span[..^SealLength], out extra, out _))
        {
            return false;
        }

        seal = header.ExtraData[^SealLength..];
        return true;
    }

    /// <summary>Keccak-256 of the header's RLP with <paramref name="extraData"/> in place of its own.</summary>
    private static Hash256 HashWithExtraData(BlockHeader header, ReadOnlyMemory<byte> extraData)
    {
        var copy = WithExtraData(header, extraData);
        var length = BlockHeaderCodec.EncodedLength(copy);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var writer = new Rlp.RlpWriter(rented.AsSpan(0, length));
            BlockHeaderCodec.Write(ref writer, copy);
            return Keccak256.Compute(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static BlockHeader WithExtraData(BlockHeader h, ReadOnlyMemory<byte> extraData) => new(h) { ExtraData = extraData };
}
