using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Glow.Core.Crypto.Hd;

/// <summary>
/// A BIP-32 extended private key: a secp256k1 private key and a chain code. <see cref="FromSeed"/> makes the master
/// key of a seed, <see cref="Derive(uint)"/> a child (hardened for indexes ≥ 2^31), <see cref="Derive(string)"/> a
/// path such as <c>m/44'/60'/0'/0/0</c>, the first account of every Ethereum wallet (BIP-44, coin type 60).
/// </summary>
public sealed class ExtendedPrivateKey
{
    /// <summary>The first hardened index, 2^31.</summary>
    public const uint HardenedOffset = 0x8000_0000;

    private readonly byte[] _key;
    private readonly byte[] _chainCode;

    private ExtendedPrivateKey(byte[] key, byte[] chainCode)
    {
        _key = key;
        _chainCode = chainCode;
    }

    /// <summary>The 32-byte private key.</summary>
    public ReadOnlySpan<byte> PrivateKey => _key;

    /// <summary>The 32-byte chain code.</summary>
    public ReadOnlySpan<byte> ChainCode => _chainCode;

    /// <summary>The Ethereum address of this key.</summary>
    public Address Address
    {
        get
        {
            Span<byte> publicKey = stackalloc byte[64];
            Secp256k1.CreatePublicKey(_key, publicKey);
            return Address.FromPublicKey(publicKey);
        }
    }

    /// <summary>The master key of a seed: HMAC-SHA512 with the key "Bitcoin seed" (BIP-32).</summary>
    /// <exception cref="ArgumentException">The seed is not 16 to 64 bytes, or gives an invalid key (probability below 2^-127).</exception>
    public static ExtendedPrivateKey FromSeed(ReadOnlySpan<byte> seed)
    {
        if (seed.Length is < 16 or > 64)
        {
            throw new ArgumentException("A BIP-32 seed is 16 to 64 bytes.", nameof(seed));
        }

        Span<byte> output = stackalloc byte[64];
        HMACSHA512.HashData("Bitcoin seed"u8, seed, output);
        var key = output[..32].ToArray();
        return Secp256k1.IsValidPrivateKey(key)
            ? new ExtendedPrivateKey(key, output[32..].ToArray())
            : throw new ArgumentException("This seed gives an invalid master key; use another seed.", nameof(seed));
    }

    /// <summary>The child at <paramref name="index"/>; hardened when the index is at least <see cref="HardenedOffset"/>.</summary>
    /// <exception cref="CryptographicException">The child is invalid (probability below 2^-127); BIP-32 says to use the next index.</exception>
    public ExtendedPrivateKey Derive(uint index)
    {
        Span<byte> data = stackalloc byte[37];
        if (index >= HardenedOffset)
        {
            data[0] = 0;
            _key.CopyTo(data[1..]);
        }
        else
        {
            Span<byte> publicKey = stackalloc byte[64];
            Secp256k1.CreatePublicKey(_key, publicKey);
            Secp256k1.CompressPublicKey(publicKey, data[..33]);
        }

        BinaryPrimitives.WriteUInt32BigEndian(data[33..], index);
        Span<byte> output = stackalloc byte[64];
        HMACSHA512.HashData(_chainCode, data, output);
        var child = new byte[32];
        return Secp256k1.TryAddPrivateKeyTweak(_key, output[..32], child)
            ? new ExtendedPrivateKey(child, output[32..].ToArray())
            : throw new CryptographicException($"BIP-32 child {index} is invalid; use the next index.");
    }

    /// <summary>The key at a path like <c>m/44'/60'/0'/0/3</c> (<c>'</c> or <c>h</c> marks a hardened index).</summary>
    /// <exception cref="FormatException">The path is malformed.</exception>
    public ExtendedPrivateKey Derive(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.Split('/');
        if (parts.Length == 0 || parts[0] != "m")
        {
            throw new FormatException($"A derivation path starts with 'm': \"{path}\".");
        }

        var key = this;
        foreach (var part in parts.AsSpan(1))
        {
            var hardened = part.EndsWith('\'') || part.EndsWith('h');
            var digits = hardened ? part[..^1] : part;
            if (!uint.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= HardenedOffset)
            {
                throw new FormatException($"\"{part}\" in \"{path}\" is not an index below 2^31 (with ' for hardened).");
            }

            key = key.Derive(hardened ? index + HardenedOffset : index);
        }

        return key;
    }
}
