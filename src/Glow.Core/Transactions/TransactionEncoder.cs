using Glow.Core.Crypto;
using Glow.Core.Rlp;

namespace Glow.Core.Transactions;

/// <summary>
/// Canonical encodings of a transaction: the signed envelope (what is hashed and gossiped), the
/// form inside a block body, and the payload its signature commits to. Each encoding is computed
/// length first and then written once into an exactly sized buffer.
/// </summary>
public static partial class TransactionEncoder
{
    /// <summary>
    /// The signed envelope: the RLP list for legacy transactions, <c>type ‖ RLP(fields)</c> for typed
    /// ones (EIP-2718). Its Keccak-256 is the transaction hash.
    /// </summary>
    public static byte[] Encode(Transaction tx) => EncodeCore(tx, signed: true);

    /// <summary>
    /// The transaction as an item of a block body's transaction list: a legacy transaction's list as
    /// is, a typed envelope wrapped as an RLP byte string (EIP-2718).
    /// </summary>
    public static byte[] EncodeForBlock(Transaction tx)
    {
        var envelope = Encode(tx);
        return tx.Type == TxType.Legacy ? envelope : RlpEncoding.Encode(envelope);
    }

    /// <summary>
    /// The bytes the sender signed: for legacy transactions the six fields (EIP-155 adds chain id, 0, 0);
    /// for typed ones <c>type ‖ RLP(fields without the signature)</c>.
    /// </summary>
    public static byte[] EncodeForSigning(Transaction tx) => EncodeCore(tx, signed: false);

    /// <summary>Keccak-256 of <see cref="EncodeForSigning"/>: the message hash the signature is over.</summary>
    public static Hash256 SigningHash(Transaction tx)
    {
        var content = ContentLength(tx, signed: false);
        var total = (tx.Type == TxType.Legacy ? 0 : 1) + RlpEncoding.LengthOfList(content);
        if (total > 1024)
        {
            return Keccak256.Compute(EncodeForSigning(tx));
        }

        Span<byte> buffer = stackalloc byte[total];
        Write(buffer, tx, signed: false, content);
        return Keccak256.Compute(buffer);
    }

    private static byte[] EncodeCore(Transaction tx, bool signed)
    {
        var content = ContentLength(tx, signed);
        var buffer = new byte[(tx.Type == TxType.Legacy ? 0 : 1) + RlpEncoding.LengthOfList(content)];
        Write(buffer, tx, signed, content);
        return buffer;
    }

    private static void Write(Span<byte> buffer, Transaction tx, bool signed, int content)
    {
        var writer = new RlpWriter(buffer);
        if (tx.Type != TxType.Legacy)
        {
            writer.WriteEncoded([(byte)tx.Type]);
        }

        writer.WriteListHeader(content);
        WriteFields(ref writer, tx, signed);
    }

    private static bool IsProtectedLegacy(Transaction tx) => tx.Type == TxType.Legacy && tx.ChainId.HasValue;

    private static int ContentLength(Transaction tx, bool signed)
    {
        var length = 0;
        if (tx.Type != TxType.Legacy)
        {
            length += RlpEncoding.LengthOf(tx.ChainId.GetValueOrDefault());
        }

        length += RlpEncoding.LengthOf(tx.Nonce);
        if (tx.Type >= TxType.DynamicFee)
        {
            length += RlpEncoding.LengthOf(tx.MaxPriorityFeePerGas) + RlpEncoding.LengthOf(tx.MaxFeePerGas);
        }
        else
        {
            length += RlpEncoding.LengthOf(tx.GasPrice);
        }

        length += RlpEncoding.LengthOf(tx.GasLimit);
        length += tx.To is null ? 1 : RlpEncoding.AddressLength;
        length += RlpEncoding.LengthOf(tx.Value);
        length += RlpEncoding.LengthOf(tx.Data.Span);
        if (tx.Type != TxType.Legacy)
        {
            length += RlpEncoding.LengthOfList(AccessListContentLength(tx.AccessList));
        }

        if (tx.Type == TxType.Blob)
        {
            length += RlpEncoding.LengthOf(tx.MaxFeePerBlobGas);
            length += RlpEncoding.LengthOfList(tx.BlobVersionedHashes.Count * RlpEncoding.HashLength);
        }

        if (tx.Type == TxType.SetCode)
        {
            length += RlpEncoding.LengthOfList(AuthorizationListContentLength(tx.AuthorizationList));
        }

        if (signed)
        {
            length += RlpEncoding.LengthOf(tx.V) + RlpEncoding.LengthOf(tx.R) + RlpEncoding.LengthOf(tx.S);
        }
        else if (IsProtectedLegacy(tx))
        {
            // EIP-155: the signed payload ends with chain id, 0, 0.
            length += RlpEncoding.LengthOf(tx.ChainId!.Value) + 2;
        }

        return length;
    }

    private static void WriteFields(ref RlpWriter writer, Transaction tx, bool signed)
    {
        if (tx.Type != TxType.Legacy)
        {
            writer.WriteUInt256(tx.ChainId.GetValueOrDefault());
        }

        writer.WriteUInt64(tx.Nonce);
        if (tx.Type >= TxType.DynamicFee)
        {
            writer.WriteUInt256(tx.MaxPriorityFeePerGas);
            writer.WriteUInt256(tx.MaxFeePerGas);
        }
        else
        {
            writer.WriteUInt256(tx.GasPrice);
        }

        writer.WriteUInt64(tx.GasLimit);
        if (tx.To is { } to)
        {
            writer.WriteAddress(to);
        }
        else
        {
            writer.WriteBytes([]);
        }

        writer.WriteUInt256(tx.Value);
        writer.WriteBytes(tx.Data.Span);
        if (tx.Type != TxType.Legacy)
        {
            WriteAccessList(ref writer, tx.AccessList);
        }

        if (tx.Type == TxType.Blob)
        {
            writer.WriteUInt256(tx.MaxFeePerBlobGas);
            writer.WriteListHeader(tx.BlobVersionedHashes.Count * RlpEncoding.HashLength);
            foreach (var hash in tx.BlobVersionedHashes)
            {
                writer.WriteHash(hash);
            }
        }

        if (tx.Type == TxType.SetCode)
        {
            WriteAuthorizationList(ref writer, tx.AuthorizationList);
        }

        if (signed)
        {
            writer.WriteUInt256(tx.V);
            writer.WriteUInt256(tx.R);
            writer.WriteUInt256(tx.S);
        }
        else if (IsProtectedLegacy(tx))
        {
            writer.WriteUInt256(tx.ChainId!.Value);
            writer.WriteUInt64(0);
            writer.WriteUInt64(0);
        }
    }

    /// <summary>Content length of an access list: <c>[[address, [key, …]], …]</c>.</summary>
    internal static int AccessListContentLength(IReadOnlyList<AccessListEntry> accessList)
    {
        var length = 0;
        foreach (var entry in accessList)
        {
            length += RlpEncoding.LengthOfList(AccessListEntryContentLength(entry));
        }

        return length;
    }

    private static int AccessListEntryContentLength(AccessListEntry entry) =>
        RlpEncoding.AddressLength + RlpEncoding.LengthOfList(entry.StorageKeys.Count * RlpEncoding.HashLength);

    private static void WriteAccessList(ref RlpWriter writer, IReadOnlyList<AccessListEntry> accessList)
    {
        writer.WriteListHeader(AccessListContentLength(accessList));
        foreach (var entry in accessList)
        {
            writer.WriteListHeader(AccessListEntryContentLength(entry));
            writer.WriteAddress(entry.Address);
            writer.WriteListHeader(entry.StorageKeys.Count * RlpEncoding.HashLength);
            foreach (var key in entry.StorageKeys)
            {
                writer.WriteHash(key);
            }
        }
    }

    private static int AuthorizationContentLength(AuthorizationTuple auth) =>
        RlpEncoding.LengthOf(auth.ChainId) + RlpEncoding.AddressLength + RlpEncoding.LengthOf(auth.Nonce)
        + RlpEncoding.LengthOf(auth.YParity) + RlpEncoding.LengthOf(auth.R) + RlpEncoding.LengthOf(auth.S);

    private static int AuthorizationListContentLength(IReadOnlyList<AuthorizationTuple> list)
    {
        var length = 0;
        foreach (var auth in list)
        {
            length += RlpEncoding.LengthOfList(AuthorizationContentLength(auth));
        }

        return length;
    }

    private static void WriteAuthorizationList(ref RlpWriter writer, IReadOnlyList<AuthorizationTuple> list)
    {
        writer.WriteListHeader(AuthorizationListContentLength(list));
        foreach (var auth in list)
        {
            writer.WriteListHeader(AuthorizationContentLength(auth));
            writer.WriteUInt256(auth.ChainId);
            writer.WriteAddress(auth.Address);
            writer.WriteUInt64(auth.Nonce);
            writer.WriteUInt256(auth.YParity);
            writer.WriteUInt256(auth.R);
            writer.WriteUInt256(auth.S);
        }
    }
}
