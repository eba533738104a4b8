using Glow.Core.Rlp;

namespace Glow.Core.Transactions;

/// <summary>The network form of blob transactions (EIP-4844, "Networking").</summary>
public static partial class TransactionDecoder
{
    /// <summary>Items of the network form's list: tx_payload_body, blobs, commitments, proofs.</summary>
    private const int NetworkFormItems = 4;

    /// <summary>
    /// Decodes a transaction as given to <c>eth_sendRawTransaction</c>: a blob transaction (type 3) in its network
    /// form <c>0x03 ‖ rlp([tx_payload_body, blobs, commitments, proofs])</c>, any other type as
    /// <see cref="Decode"/> does. The transaction is the one of <c>tx_payload_body</c>, and its hash that of the
    /// ordinary envelope <c>0x03 ‖ rlp(tx_payload_body)</c>.
    /// </summary>
    /// <param name="encoded">The raw bytes.</param>
    /// <param name="sidecar">
    /// The blobs, commitments and proofs of a blob transaction (one of each per versioned hash, each of its fixed
    /// size, copied out of <paramref name="encoded"/>); null for every other type. Neither the field elements of the
    /// blobs nor the KZG data are checked here.
    /// </param>
    /// <exception cref="InvalidTransactionException">
    /// The bytes are not a well-formed transaction; for a blob transaction also: the ordinary form without a sidecar
    /// or a list of other than four items (<see cref="TxError.InvalidBlobTransaction"/> and
    /// <see cref="TxError.RlpMalformed"/>), an item of the wrong size (<see cref="TxError.RlpInvalidValue"/>), lists
    /// whose lengths differ from the number of versioned hashes (<see cref="TxError.InvalidBlobTransaction"/>), or
    /// bytes after the list (<see cref="TxError.RlpMalformed"/>).
    /// </exception>
    public static Transaction DecodeNetworkForm(ReadOnlySpan<byte> encoded, out BlobSidecar? sidecar)
    {
        sidecar = null;
        if (encoded.IsEmpty || encoded[0] != (byte)TxType.Blob)
        {
            return Decode(encoded);
        }

        byte[] envelope;
        ReadOnlyMemory<byte>[] blobs, commitments, proofs;
        try
        {
            var outer = new RlpReader(encoded[1..]);
            if (outer.IsAtEnd)
            {
                throw new InvalidTransactionException(TxError.RlpMalformed, "blob transaction: nothing after the type byte");
            }

            var items = outer.ReadList();
            if (!outer.IsAtEnd)
            {
                throw new InvalidTransactionException(TxError.RlpMalformed, $"blob transaction: {outer.Remaining} bytes after the network form's list");
            }

            var count = CountItems(items);
            if (count > 0 && !items.PeekIsList())
            {
                throw new InvalidTransactionException(
                    TxError.InvalidBlobTransaction,
                    "blob transaction without its sidecar: expected the network form 0x03 ‖ rlp([tx_payload_body, blobs, commitments, proofs])");
            }

            if (count != NetworkFormItems)
            {
                throw new InvalidTransactionException(
                    TxError.RlpMalformed,
                    $"blob transaction network form has {count} items, expected 4: [tx_payload_body, blobs, commitments, proofs]");
            }

            var body = items.ReadEncodedItem();
            envelope = new byte[1 + body.Length];
            envelope[0] = (byte)TxType.Blob;
            body.CopyTo(envelope.AsSpan(1));
            blobs = ReadSidecarList(ref items, BlobSidecar.BytesPerBlob, "blob");
            commitments = ReadSidecarList(ref items, BlobSidecar.BytesPerCommitment, "commitment");
            proofs = ReadSidecarList(ref items, BlobSidecar.BytesPerProof, "proof");
        }
        catch (RlpException e)
        {
            throw FromRlp(e);
        }

        var tx = Decode(envelope);
        var hashes = tx.BlobVersionedHashes.Count;
        if (blobs.Length != hashes || commitments.Length != hashes || proofs.Length != hashes)
        {
            throw new InvalidTransactionException(
                TxError.InvalidBlobTransaction,
                $"blob transaction has {hashes} versioned hashes but {blobs.Length} blobs, {commitments.Length} commitments and {proofs.Length} proofs");
        }

        sidecar = new BlobSidecar(blobs, commitments, proofs);
        return tx;
    }

    private static int CountItems(RlpReader list)
    {
        var count = 0;
        while (!list.IsAtEnd)
        {
            list.SkipItem();
            count++;
        }

        return count;
    }

    /// <summary>
    /// Reads a list of byte strings of <paramref name="size"/> bytes each into one new array, returned as one slice
    /// per item.
    /// </summary>
    private static ReadOnlyMemory<byte>[] ReadSidecarList(ref RlpReader items, int size, string what)
    {
        if (!items.PeekIsList())
        {
            throw new InvalidTransactionException(TxError.RlpMalformed, $"blob transaction: the {what}s are a byte string, expected a list");
        }

        var list = items.ReadList();

        // Check every item before allocating, so that a list of many small items cannot ask for a huge buffer.
        var count = 0;
        for (var probe = list; !probe.IsAtEnd; count++)
        {
            if (probe.PeekIsList())
            {
                throw new InvalidTransactionException(TxError.RlpMalformed, $"blob transaction: {what} {count} is a list, expected a byte string");
            }

            var length = probe.ReadBytes().Length;
            if (length != size)
            {
                throw new InvalidTransactionException(TxError.RlpInvalidValue, $"blob transaction: {what} {count} is {length} bytes, expected {size}");
            }
        }

        var storage = new byte[count * size];
        var result = new ReadOnlyMemory<byte>[count];
        for (var i = 0; i < count; i++)
        {
            var slot = new Memory<byte>(storage, i * size, size);
            list.ReadBytes().CopyTo(slot.Span);
            result[i] = slot;
        }

        return result;
    }
}
