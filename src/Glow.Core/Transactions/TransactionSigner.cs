using Glow.Core.Crypto;
using Glow.Core.Numerics;

namespace Glow.Core.Transactions;

/// <summary>Signs transactions with a secp256k1 private key (RFC 6979 nonces, low s).</summary>
public static class TransactionSigner
{
    /// <summary>
    /// Returns <paramref name="unsigned"/> signed by <paramref name="privateKey"/>. A legacy transaction with a
    /// <see cref="Transaction.ChainId"/> gets EIP-155 v = chainId·2 + 35 + parity; without one, v = 27 + parity.
    /// Typed transactions carry the parity as v.
    /// </summary>
    /// <exception cref="ArgumentException">The private key is not a valid secp256k1 key.</exception>
    public static Transaction Sign(Transaction unsigned, ReadOnlySpan<byte> privateKey)
    {
        var hash = TransactionEncoder.SigningHash(unsigned);
        Span<byte> signature = stackalloc byte[64];
        if (!Secp256k1.Sign(hash.Bytes, privateKey, signature, out var recoveryId))
        {
            throw new ArgumentException("Not a valid secp256k1 private key.", nameof(privateKey));
        }

        var r = UInt256.FromBigEndian(signature[..32]);
        var s = UInt256.FromBigEndian(signature[32..]);
        UInt256 v = unsigned.Type != TxType.Legacy
            ? (ulong)recoveryId
            : unsigned.ChainId is { } chainId ? (chainId * 2) + 35 + (ulong)recoveryId : 27 + (ulong)recoveryId;
        return unsigned.WithSignature(v, r, s);
    }
}
