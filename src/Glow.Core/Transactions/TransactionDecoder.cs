using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.Rlp;

namespace Glow.Core.Transactions;

/// <summary>
/// Decodes transactions strictly: canonical RLP only, the exact number of fields for the type, scalars
/// without leading zeros and within their widths, addresses of 20 bytes and keys of 32. Anything else
/// throws <see cref="InvalidTransactionException"/> naming the rule. Decoding does not check the
/// signature or any fork rule; <see cref="TransactionValidator"/> does.
/// </summary>
public static partial class TransactionDecoder
{
    /// <summary>Decodes a signed envelope (as sent to <c>eth_sendRawTransaction</c> and hashed).</summary>
    /// <exception cref="InvalidTransactionException">The bytes are not a well-formed transaction.</exception>
    public static Transaction Decode(ReadOnlySpan<byte> envelope)
    {
        if (envelope.IsEmpty)
        {
            throw new InvalidTransactionException(TxError.RlpMalformed, "empty transaction");
        }

        Transaction tx;
        try
        {
            var first = envelope[0];
            if (first >= RlpEncoding.EmptyList)
            {
                var reader = new RlpReader(envelope);
                tx = DecodeLegacy(ref reader);
                reader.EnsureAtEnd();
            }
            else if (first < 0x80)
            {
                var reader = new RlpReader(envelope[1..]);
                tx = DecodeTyped(first, ref reader);
                reader.EnsureAtEnd();
            }
            else
            {
                throw new InvalidTransactionException(TxError.RlpMalformed, "transaction is an RLP string, expected a list or a typed envelope");
            }
        }
        catch (RlpException e)
        {
            throw FromRlp(e);
        }

        tx.SetHash(Keccak256.Compute(envelope));
        return tx;
    }

    /// <summary>
    /// Decodes one transaction from a block body's list: a legacy transaction as a list, a typed one as
    /// an RLP byte string holding its envelope (EIP-2718).
    /// </summary>
    /// <exception cref="InvalidTransactionException">The item is not a well-formed transaction.</exception>
    public static Transaction DecodeFromBlock(ref RlpReader reader)
    {
        try
        {
            if (reader.PeekIsList())
            {
                var encoded = reader.ReadEncodedItem();
                return Decode(encoded);
            }

            var envelope = reader.ReadBytes();
            if (envelope.IsEmpty || envelope[0] >= 0x80)
            {
                throw new InvalidTransactionException(TxError.RlpMalformed, "typed transaction in a block body must start with its type byte");
            }

            return Decode(envelope);
        }
        catch (RlpException e)
        {
            throw FromRlp(e);
        }
    }

    private static Transaction DecodeLegacy(ref RlpReader outer)
    {
        var fields = outer.ReadList();
        var nonce = ReadNonce(ref fields);
        var gasPrice = ReadFee(ref fields, "gas price");
        var gasLimit = ReadGasLimit(ref fields);
        var to = ReadTo(ref fields);
        var value = fields.ReadUInt256();
        var data = fields.ReadBytes().ToArray();
        var v = ReadSignatureValue(ref fields, "v");
        var r = ReadSignatureValue(ref fields, "r");
        var s = ReadSignatureValue(ref fields, "s");
        EnsureNoMoreFields(ref fields);

        // EIP-155: v = chain id · 2 + 35 + parity; 27 and 28 mean an unprotected signature.
        UInt256? chainId = v >= 35 ? (v - 35) >> 1 : null;
        return new Transaction
        {
            Type = TxType.Legacy,
            ChainId = chainId,
            Nonce = nonce,
            GasPrice = gasPrice,
            GasLimit = gasLimit,
            To = to,
            Value = value,
            Data = data,
            V = v,
            R = r,
            S = s,
        };
    }

    private static Transaction DecodeTyped(byte type, ref RlpReader outer)
    {
        if (type is < (byte)TxType.AccessList or > (byte)TxType.SetCode)
        {
            throw new InvalidTransactionException(TxError.TypeNotSupported, $"transaction type {type} not supported");
        }

        var txType = (TxType)type;
        var fields = outer.ReadList();
        var chainId = fields.ReadUInt256();
        var nonce = ReadNonce(ref fields);
        UInt256 gasPrice = default, maxPriorityFee = default, maxFee = default;
        if (txType == TxType.AccessList)
        {
            gasPrice = ReadFee(ref fields, "gas price");
        }
        else
        {
            maxPriorityFee = ReadFee(ref fields, "max priority fee per gas");
            maxFee = ReadFee(ref fields, "max fee per gas");
        }

        var gasLimit = ReadGasLimit(ref fields);
        var to = ReadTo(ref fields);
        var value = fields.ReadUInt256();
        var data = fields.ReadBytes().ToArray();
        var accessList = ReadAccessList(ref fields);
        UInt256 maxFeePerBlobGas = default;
        IReadOnlyList<Hash256> blobHashes = [];
        IReadOnlyList<AuthorizationTuple> authorizations = [];
        if (txType == TxType.Blob)
        {
            maxFeePerBlobGas = ReadFee(ref fields, "max fee per blob gas");
            blobHashes = ReadHashList(ref fields);
        }
        else if (txType == TxType.SetCode)
        {
            authorizations = ReadAuthorizationList(ref fields);
        }

        var yParity = ReadSignatureValue(ref fields, "y parity");
        var r = ReadSignatureValue(ref fields, "r");
        var s = ReadSignatureValue(ref fields, "s");
        EnsureNoMoreFields(ref fields);

        return new Transaction
        {
            Type = txType,
            ChainId = chainId,
            Nonce = nonce,
            GasPrice = gasPrice,
            MaxPriorityFeePerGas = maxPriorityFee,
            MaxFeePerGas = maxFee,
            GasLimit = gasLimit,
            To = to,
            Value = value,
            Data = data,
            AccessList = accessList,
            MaxFeePerBlobGas = maxFeePerBlobGas,
            BlobVersionedHashes = blobHashes,
            AuthorizationList = authorizations,
            V = yParity,
            R = r,
            S = s,
        };
    }

    private static ulong ReadNonce(ref RlpReader fields)
    {
        var bytes = ReadScalar(ref fields, TxError.NonceOverflow, "nonce");
        return bytes.Length <= 8
            ? (ulong)UInt256.FromBigEndian(bytes)
            : throw new InvalidTransactionException(TxError.NonceOverflow, "nonce overflows 64 bits");
    }

    private static ulong ReadGasLimit(ref RlpReader fields)
    {
        var bytes = ReadScalar(ref fields, TxError.GasLimitOverflow, "gas limit");
        return bytes.Length <= 8
            ? (ulong)UInt256.FromBigEndian(bytes)
            : throw new InvalidTransactionException(TxError.GasLimitOverflow, "gas limit overflows 64 bits");
    }

    private static UInt256 ReadFee(ref RlpReader fields, string name) =>
        UInt256.FromBigEndian(ReadScalar(ref fields, TxError.RlpInvalidValue, name));

    private static UInt256 ReadSignatureValue(ref RlpReader fields, string name) =>
        UInt256.FromBigEndian(ReadScalar(ref fields, TxError.InvalidSignature, name));

    /// <summary>
    /// Reads a scalar of up to 32 bytes; a longer one is reported as <paramref name="overflow"/>, since
    /// the field's value does not fit, rather than as bad RLP.
    /// </summary>
    private static ReadOnlySpan<byte> ReadScalar(ref RlpReader fields, TxError overflow, string name)
    {
        if (fields.IsAtEnd)
        {
            throw new InvalidTransactionException(TxError.RlpMalformed, $"too few fields: {name} missing");
        }

        var probe = fields;
        var raw = probe.ReadBytes();
        if (raw.Length > 32)
        {
            throw new InvalidTransactionException(overflow, $"{name} overflows 256 bits");
        }

        return fields.ReadIntegerBytes(32);
    }

    private static Address? ReadTo(ref RlpReader fields)
    {
        var bytes = fields.ReadBytes();
        return bytes.Length switch
        {
            0 => null,
            Address.Size => new Address(bytes),
            _ => throw new InvalidTransactionException(TxError.RlpInvalidValue, $"recipient address must be 20 bytes, got {bytes.Length}"),
        };
    }

    private static List<AccessListEntry> ReadAccessList(ref RlpReader fields)
    {
        var list = fields.ReadList();
        var entries = new List<AccessListEntry>();
        while (!list.IsAtEnd)
        {
            var entry = list.ReadList();
            var addressBytes = entry.ReadBytes();
            if (addressBytes.Length != Address.Size)
            {
                throw new InvalidTransactionException(TxError.RlpInvalidValue, $"access list address must be 20 bytes, got {addressBytes.Length}");
            }

            var keys = ReadHashList(ref entry);
            EnsureNoMoreFields(ref entry);
            entries.Add(new AccessListEntry(new Address(addressBytes), keys));
        }

        return entries;
    }

    private static List<Hash256> ReadHashList(ref RlpReader fields)
    {
        var list = fields.ReadList();
        var hashes = new List<Hash256>();
        while (!list.IsAtEnd)
        {
            var bytes = list.ReadBytes();
            if (bytes.Length != Hash256.Size)
            {
                throw new InvalidTransactionException(TxError.RlpInvalidValue, $"storage key or blob hash must be 32 bytes, got {bytes.Length}");
            }

            hashes.Add(new Hash256(bytes));
        }

        return hashes;
    }

    private static List<AuthorizationTuple> ReadAuthorizationList(ref RlpReader fields)
    {
        var list = fields.ReadList();
        var tuples = new List<AuthorizationTuple>();
        while (!list.IsAtEnd)
        {
            var item = list.ReadList();
            var chainId = item.ReadUInt256();
            var address = item.ReadAddress();
            var nonce = item.ReadUInt64();
            var yParity = item.ReadUInt256();
            var r = item.ReadUInt256();
            var s = item.ReadUInt256();
            EnsureNoMoreFields(ref item);
            tuples.Add(new AuthorizationTuple(chainId, address, nonce, yParity, r, s));
        }

        return tuples;
    }

    private static void EnsureNoMoreFields(ref RlpReader fields)
    {
        if (!fields.IsAtEnd)
        {
            throw new InvalidTransactionException(TxError.RlpMalformed, "too many fields in transaction");
        }
    }

    private static InvalidTransactionException FromRlp(RlpException e) => new(
        e.Error is RlpError.LeadingZeroInInteger or RlpError.UnexpectedLength ? TxError.RlpInvalidValue : TxError.RlpMalformed,
        $"rlp: {e.Message}",
        e);
}
