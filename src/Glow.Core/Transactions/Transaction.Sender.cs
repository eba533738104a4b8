using System.Runtime.CompilerServices;
using Glow.Core.Crypto;
using Glow.Core.Numerics;

namespace Glow.Core.Transactions;

public sealed partial class Transaction
{
    /// <summary>
    /// The sender, recovered from the signature over <see cref="TransactionEncoder.SigningHash"/> and cached;
    /// null when v, r or s is out of range or no key can be recovered. Range rules of forks (EIP-2's low s,
    /// the chain id) are <see cref="TransactionValidator"/>'s to check.
    /// </summary>
    public Address? RecoverSender()
    {
        if (Volatile.Read(ref _sender) is { } known)
        {
            return known.Value;
        }

        var recoveryId = RecoveryId;
        if (recoveryId < 0 || R.IsZero || S.IsZero)
        {
            return null;
        }

        Span<byte> signature = stackalloc byte[64];
        R.WriteBigEndian(signature[..32]);
        S.WriteBigEndian(signature[32..]);
        var hash = TransactionEncoder.SigningHash(this);
        Span<byte> publicKey = stackalloc byte[64];
        if (!Secp256k1.TryRecover(hash.Bytes, signature, recoveryId, publicKey))
        {
            return null;
        }

        var sender = Address.FromPublicKey(publicKey);
        Volatile.Write(ref _sender, new StrongBox<Address>(sender));
        return sender;
    }

    /// <summary>
    /// Sets the cached sender to one this node recovered earlier and stored with the block (table
    /// <c>Senders</c>), so that reading stored blocks needs no signature recovery. Never pass an address that was
    /// not recovered from this very transaction: <see cref="RecoverSender"/> would return it unchecked.
    /// </summary>
    /// <param name="sender">The sender recovered when the block was imported.</param>
    public void RestoreSender(in Address sender) => Volatile.Write(ref _sender, new StrongBox<Address>(sender));

    /// <summary>A copy of this transaction carrying the signature (<paramref name="v"/>, <paramref name="r"/>, <paramref name="s"/>).</summary>
    public Transaction WithSignature(in UInt256 v, in UInt256 r, in UInt256 s) => new()
    {
        Type = Type,
        ChainId = ChainId,
        Nonce = Nonce,
        GasPrice = GasPrice,
        MaxPriorityFeePerGas = _maxPriorityFeePerGas,
        MaxFeePerGas = _maxFeePerGas,
        GasLimit = GasLimit,
        To = To,
        Value = Value,
        Data = Data,
        AccessList = AccessList,
        MaxFeePerBlobGas = MaxFeePerBlobGas,
        BlobVersionedHashes = BlobVersionedHashes,
        AuthorizationList = AuthorizationList,
        V = v,
        R = r,
        S = s,
    };
}
