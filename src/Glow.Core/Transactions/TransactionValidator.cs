using Glow.Core.Numerics;
using Glow.Core.Specs;

namespace Glow.Core.Transactions;

/// <summary>
/// The rules a transaction must meet on its own under a fork, before any state is read: type enabled,
/// field ranges, fees, signature values and chain id, init code size, intrinsic gas, and a recoverable sender.
/// </summary>
public static class TransactionValidator
{
    /// <summary>The secp256k1 group order n.</summary>
    public static readonly UInt256 SecpN = UInt256.Parse("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");

    /// <summary>n / 2, the largest s allowed from Homestead on (EIP-2).</summary>
    public static readonly UInt256 SecpHalfN = SecpN >> 1;

    /// <summary>Blob hashes carry this version byte (EIP-4844's VERSIONED_HASH_VERSION_KZG).</summary>
    public const byte BlobHashVersionKzg = 0x01;

    /// <summary>At most this many blobs per transaction under Cancun (EIP-4844's MAX_BLOBS_PER_BLOCK).</summary>
    public const int MaxBlobsPerTransaction = 6;

    /// <summary>
    /// Checks <paramref name="tx"/> against <paramref name="spec"/> on the chain <paramref name="chainId"/>;
    /// null when valid. A valid transaction's sender has been recovered and cached.
    /// </summary>
    public static TxRejection? Validate(Transaction tx, ReleaseSpec spec, in UInt256 chainId) =>
        CheckType(tx, spec)
        ?? CheckFields(tx)
        ?? CheckSignature(tx, spec, chainId)
        ?? CheckSize(tx, spec)
        ?? CheckIntrinsicGas(tx, spec)
        ?? (tx.RecoverSender() is null ? new TxRejection(TxError.EcRecoveryFail, "invalid sender: signature does not recover a public key") : null);

    private static TxRejection? CheckType(Transaction tx, ReleaseSpec spec)
    {
        var enabled = tx.Type switch
        {
            TxType.Legacy => true,
            TxType.AccessList => spec.IsEip2930Enabled,
            TxType.DynamicFee => spec.IsEip1559Enabled,
            TxType.Blob => spec.IsEip4844Enabled,
            _ => false,
        };
        return enabled ? null : new TxRejection(TxError.TypeNotSupported, "transaction type not supported");
    }

    private static TxRejection? CheckFields(Transaction tx)
    {
        // EIP-2681: the sender's nonce must stay incrementable.
        if (tx.Nonce == ulong.MaxValue)
        {
            return new TxRejection(TxError.NonceTooBig, "nonce has max value");
        }

        if (tx.MaxPriorityFeePerGas > tx.MaxFeePerGas)
        {
            return new TxRejection(TxError.PriorityGreaterThanMaxFee, "max priority fee per gas higher than max fee per gas");
        }

        if (UInt256.MultiplyOverflow(tx.MaxFeePerGas, tx.GasLimit, out _))
        {
            return new TxRejection(TxError.GasLimitPriceProductOverflow, "gas * gas price overflows 256 bits");
        }

        if (tx.Type == TxType.Blob)
        {
            if (tx.To is null)
            {
                return new TxRejection(TxError.InvalidBlobTransaction, "blob transaction cannot create a contract");
            }

            if (tx.BlobVersionedHashes.Count is 0 or > MaxBlobsPerTransaction)
            {
                return new TxRejection(TxError.InvalidBlobTransaction, $"blob transaction must carry 1 to {MaxBlobsPerTransaction} blobs");
            }

            foreach (var hash in tx.BlobVersionedHashes)
            {
                if (hash.Bytes[0] != BlobHashVersionKzg)
                {
                    return new TxRejection(TxError.InvalidBlobTransaction, "blob versioned hash has the wrong version");
                }
            }
        }

        return null;
    }

    private static TxRejection? CheckSignature(Transaction tx, ReleaseSpec spec, in UInt256 chainId)
    {
        if (tx.Type == TxType.Legacy)
        {
            var v = tx.V;
            if (v != 27 && v != 28)
            {
                if (v < 35)
                {
                    return v <= 1
                        ? new TxRejection(TxError.InvalidSignature, "invalid transaction v, r, s values")
                        : new TxRejection(TxError.InvalidChainId, "invalid chain id for signer");
                }

                if (!spec.IsEip155Enabled || tx.ChainId != chainId)
                {
                    return new TxRejection(TxError.InvalidChainId, "invalid chain id for signer");
                }
            }
        }
        else
        {
            if (tx.ChainId != chainId)
            {
                return new TxRejection(TxError.InvalidChainId, "invalid chain id for signer");
            }

            if (tx.V > 1)
            {
                return new TxRejection(TxError.InvalidSignature, "invalid transaction v, r, s values");
            }
        }

        if (tx.R.IsZero || tx.S.IsZero || tx.R >= SecpN || tx.S >= SecpN || (spec.IsEip2Enabled && tx.S > SecpHalfN))
        {
            return new TxRejection(TxError.InvalidSignature, "invalid transaction v, r, s values");
        }

        return null;
    }

    private static TxRejection? CheckSize(Transaction tx, ReleaseSpec spec) =>
        tx.IsContractCreation && spec.IsEip3860Enabled && tx.Data.Length > spec.MaxInitCodeSize
            ? new TxRejection(TxError.InitCodeSizeExceeded, $"max initcode size exceeded: code size {tx.Data.Length} limit {spec.MaxInitCodeSize}")
            : null;

    private static TxRejection? CheckIntrinsicGas(Transaction tx, ReleaseSpec spec)
    {
        var intrinsic = IntrinsicGas.Of(tx, spec);
        return tx.GasLimit < intrinsic
            ? new TxRejection(TxError.IntrinsicGasTooLow, $"intrinsic gas too low: have {tx.GasLimit}, want {intrinsic}")
            : null;
    }
}
