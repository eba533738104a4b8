using Glow.Core.Rlp;

namespace Glow.Core.Transactions;

/// <summary>The network form of blob transactions (EIP-4844, "Networking").</summary>
public static partial class TransactionEncoder
{
    /// <summary>
    /// A blob transaction with its sidecar as sent to <c>eth_sendRawTransaction</c> and gossiped:
    /// <c>0x03 ‖ rlp([tx_payload_body, blobs, commitments, proofs])</c>, where <c>0x03 ‖ rlp(tx_payload_body)</c> is
    /// <see cref="Encode"/>. The inverse of <see cref="TransactionDecoder.DecodeNetworkForm"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The transaction is not a blob transaction.</exception>
    public static byte[] EncodeNetworkForm(Transaction tx, BlobSidecar sidecar)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(sidecar);
        if (tx.Type != TxType.Blob)
        {
            throw new ArgumentException($"only blob transactions have a network form, not type {tx.Type}", nameof(tx));
        }

        var envelope = Encode(tx);
        var body = envelope.AsSpan(1);
        var blobs = ContentLength(sidecar.Blobs);
        var commitments = ContentLength(sidecar.Commitments);
        var proofs = ContentLength(sidecar.Proofs);
        var content = body.Length + RlpEncoding.LengthOfList(blobs) + RlpEncoding.LengthOfList(commitments) + RlpEncoding.LengthOfList(proofs);
        var result = new byte[1 + RlpEncoding.LengthOfList(content)];
        result[0] = (byte)TxType.Blob;
        var writer = new RlpWriter(result.AsSpan(1));
        writer.WriteListHeader(content);
        writer.WriteEncoded(body);
        WriteList(ref writer, sidecar.Blobs, blobs);
        WriteList(ref writer, sidecar.Commitments, commitments);
        WriteList(ref writer, sidecar.Proofs, proofs);
        return result;
    }

    private static int ContentLength(IReadOnlyList<ReadOnlyMemory<byte>> items)
    {
        var length = 0;
        for (var i = 0; i < items.Count; i++)
        {
            length += RlpEncoding.LengthOf(items[i].Span);
        }

        return length;
    }

    private static void WriteList(ref RlpWriter writer, IReadOnlyList<ReadOnlyMemory<byte>> items, int content)
    {
        writer.WriteListHeader(content);
        for (var i = 0; i < items.Count; i++)
        {
            writer.WriteBytes(items[i].Span);
        }
    }
}
