using Glow.Core.Crypto;
using Glow.Core.Encoding;
using Glow.Core.Rlp;
using Glow.Core.Transactions;
using Glow.TestKit;

namespace Glow.Core.Tests.Transactions;

/// <summary>The EIP-4844 network form of blob transactions: <c>0x03 ‖ rlp([tx_payload_body, blobs, commitments, proofs])</c>.</summary>
public class BlobNetworkFormTests
{
    private static readonly byte[] Key = Hex.Decode("0x4646464646464646464646464646464646464646464646464646464646464646");

    [Fact]
    public void Decodes_the_execution_apis_blob_transaction_and_hashes_its_ordinary_form()
    {
        var raw = SendBlobTxVector.RawTransaction;

        var tx = TransactionDecoder.DecodeNetworkForm(raw, out var sidecar);

        Assert.Equal(TxType.Blob, tx.Type);
        Assert.Equal(SendBlobTxVector.ExpectedHash, tx.Hash.ToString());
        Assert.Equal(Keccak256.Compute(TransactionEncoder.Encode(tx)), tx.Hash);
        Assert.NotNull(sidecar);
        Assert.Equal(1, sidecar.Count);
        Assert.Single(tx.BlobVersionedHashes);
        Assert.Equal(BlobSidecar.BytesPerBlob, sidecar.Blobs[0].Length);
        Assert.Equal(BlobSidecar.BytesPerCommitment, sidecar.Commitments[0].Length);
        Assert.Equal(BlobSidecar.BytesPerProof, sidecar.Proofs[0].Length);
        Assert.NotEqual(default, tx.RecoverSender());
    }

    [Fact]
    public void Network_form_of_the_execution_apis_transaction_re_encodes_to_the_same_bytes()
    {
        var raw = SendBlobTxVector.RawTransaction;
        var tx = TransactionDecoder.DecodeNetworkForm(raw, out var sidecar);

        Assert.Equal(raw, TransactionEncoder.EncodeNetworkForm(tx, sidecar!));
    }

    [Fact]
    public void The_ordinary_decoder_does_not_take_the_network_form()
    {
        var ex = Assert.Throws<InvalidTransactionException>(() => TransactionDecoder.Decode(SendBlobTxVector.RawTransaction));
        Assert.Equal(TxError.RlpMalformed, ex.Error);
    }

    [Fact]
    public void Signed_blob_transactions_with_several_blobs_round_trip_through_the_network_form()
    {
        var (tx, sidecar) = SignedBlobTransaction(3);
        var bytes = TransactionEncoder.EncodeNetworkForm(tx, sidecar);

        var decoded = TransactionDecoder.DecodeNetworkForm(bytes, out var decodedSidecar);

        Assert.Equal(tx.Hash, decoded.Hash);
        Assert.Equal(tx.BlobVersionedHashes, decoded.BlobVersionedHashes);
        Assert.NotNull(decodedSidecar);
        Assert.Equal(3, decodedSidecar.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(sidecar.Blobs[i].ToArray(), decodedSidecar.Blobs[i].ToArray());
            Assert.Equal(sidecar.Commitments[i].ToArray(), decodedSidecar.Commitments[i].ToArray());
            Assert.Equal(sidecar.Proofs[i].ToArray(), decodedSidecar.Proofs[i].ToArray());
        }
    }

    public static TheoryData<TxType> OtherTypes => [TxType.Legacy, TxType.AccessList, TxType.DynamicFee];

    [Theory]
    [MemberData(nameof(OtherTypes))]
    public void Other_types_decode_as_the_ordinary_decoder_does_and_have_no_sidecar(TxType type)
    {
        var bytes = TransactionEncoder.Encode(TransactionSigner.Sign(TransactionCodecTests.Sample(type), Key));

        var tx = TransactionDecoder.DecodeNetworkForm(bytes, out var sidecar);

        Assert.Null(sidecar);
        Assert.Equal(type, tx.Type);
        Assert.Equal(TransactionDecoder.Decode(bytes).Hash, tx.Hash);
    }

    [Fact]
    public void Rejects_empty_input()
    {
        var ex = Assert.Throws<InvalidTransactionException>(() => TransactionDecoder.DecodeNetworkForm([], out _));
        Assert.Equal(TxError.RlpMalformed, ex.Error);
    }

    [Fact]
    public void Rejects_a_type_byte_with_nothing_after_it()
    {
        AssertRejected([0x03], TxError.RlpMalformed, "nothing after the type byte");
    }

    [Fact]
    public void Rejects_a_blob_transaction_without_its_sidecar()
    {
        var (tx, _) = SignedBlobTransaction(1);
        AssertRejected(TransactionEncoder.Encode(tx), TxError.InvalidBlobTransaction, "without its sidecar");
    }

    [Fact]
    public void Rejects_a_network_form_that_is_a_byte_string()
    {
        AssertRejected([0x03, 0x83, 0x01, 0x02, 0x03], TxError.RlpMalformed, "byte string");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Rejects_a_network_form_without_exactly_four_items(int items)
    {
        var (tx, sidecar) = SignedBlobTransaction(1);
        var b = new RlpBuilder().StartList();
        if (items > 0)
        {
            b.AddEncoded(TransactionEncoder.Encode(tx).AsSpan(1));
        }

        for (var i = 1; i < items; i++)
        {
            AddList(b, i switch { 1 => sidecar.Blobs, 2 => sidecar.Commitments, _ => sidecar.Proofs });
        }

        AssertRejected(Typed(b.EndList().ToArray()), TxError.RlpMalformed, $"has {items} items, expected 4");
    }

    [Fact]
    public void Rejects_bytes_after_the_network_form()
    {
        var (tx, sidecar) = SignedBlobTransaction(1);
        byte[] bytes = [.. TransactionEncoder.EncodeNetworkForm(tx, sidecar), 0x00];
        AssertRejected(bytes, TxError.RlpMalformed, "1 bytes after the network form");
    }

    [Fact]
    public void Rejects_a_network_form_whose_list_runs_past_the_input()
    {
        var (tx, sidecar) = SignedBlobTransaction(1);
        var bytes = TransactionEncoder.EncodeNetworkForm(tx, sidecar);
        AssertRejected(bytes[..^1], TxError.RlpMalformed, "rlp:");
    }

    [Theory]
    [InlineData(1, "blobs")]
    [InlineData(2, "commitments")]
    [InlineData(3, "proofs")]
    public void Rejects_a_sidecar_list_that_is_a_byte_string(int position, string name)
    {
        var bytes = Build(position, (b, _) => b.AddBytes([0x01, 0x02]));
        AssertRejected(bytes, TxError.RlpMalformed, $"the {name} are a byte string");
    }

    [Theory]
    [InlineData(1, "blob")]
    [InlineData(2, "commitment")]
    [InlineData(3, "proof")]
    public void Rejects_a_sidecar_item_that_is_a_list(int position, string name)
    {
        var bytes = Build(position, (b, _) => b.StartList().StartList().EndList().EndList());
        AssertRejected(bytes, TxError.RlpMalformed, $"{name} 0 is a list");
    }

    [Theory]
    [InlineData(1, "blob", BlobSidecar.BytesPerBlob - 1)]
    [InlineData(1, "blob", BlobSidecar.BytesPerBlob + 1)]
    [InlineData(1, "blob", 0)]
    [InlineData(2, "commitment", 47)]
    [InlineData(2, "commitment", 49)]
    [InlineData(3, "proof", 47)]
    [InlineData(3, "proof", 96)]
    public void Rejects_a_sidecar_item_of_the_wrong_size(int position, string name, int size)
    {
        var bytes = Build(position, (b, _) => b.StartList().AddBytes(new byte[size]).EndList());
        AssertRejected(bytes, TxError.RlpInvalidValue, $"{name} 0 is {size} bytes, expected");
    }

    [Fact]
    public void Rejects_a_second_item_of_the_wrong_size_naming_it()
    {
        var bytes = Build(2, (b, s) => b.StartList().AddBytes(s.Commitments[0].Span).AddBytes(new byte[40]).EndList(), hashes: 2);
        AssertRejected(bytes, TxError.RlpInvalidValue, "commitment 1 is 40 bytes");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Rejects_sidecar_lists_longer_than_the_versioned_hashes(int position)
    {
        var bytes = Build(position, (b, s) =>
        {
            var items = position switch { 1 => s.Blobs, 2 => s.Commitments, _ => s.Proofs };
            b.StartList().AddBytes(items[0].Span).AddBytes(items[0].Span).EndList();
        });
        AssertRejected(bytes, TxError.InvalidBlobTransaction, "1 versioned hashes but");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Rejects_sidecar_lists_shorter_than_the_versioned_hashes(int position)
    {
        var bytes = Build(position, (b, _) => b.StartList().EndList());
        AssertRejected(bytes, TxError.InvalidBlobTransaction, "1 versioned hashes but");
    }

    [Fact]
    public void Rejects_a_malformed_transaction_body_with_the_ordinary_decoders_error()
    {
        var (_, sidecar) = SignedBlobTransaction(1);
        var b = new RlpBuilder().StartList().StartList().AddUInt64(1).EndList();
        AddList(b, sidecar.Blobs);
        AddList(b, sidecar.Commitments);
        AddList(b, sidecar.Proofs);
        AssertRejected(Typed(b.EndList().ToArray()), TxError.RlpMalformed, "too few fields");
    }

    [Fact]
    public void Sidecar_constructor_refuses_mismatched_counts_and_sizes()
    {
        ReadOnlyMemory<byte> blob = new byte[BlobSidecar.BytesPerBlob];
        ReadOnlyMemory<byte> point = new byte[48];
        Assert.Throws<ArgumentException>(() => new BlobSidecar([blob], [point, point], [point]));
        Assert.Throws<ArgumentException>(() => new BlobSidecar([blob], [point], []));
        Assert.Throws<ArgumentException>(() => new BlobSidecar([new byte[10]], [point], [point]));
        Assert.Throws<ArgumentException>(() => new BlobSidecar([blob], [new byte[47]], [point]));
        Assert.Throws<ArgumentException>(() => new BlobSidecar([blob], [point], [new byte[49]]));
        Assert.Equal(1, new BlobSidecar([blob], [point], [point]).Count);
    }

    [Fact]
    public void Encoding_the_network_form_of_another_type_is_refused()
    {
        var tx = TransactionSigner.Sign(TransactionCodecTests.Sample(TxType.DynamicFee), Key);
        Assert.Throws<ArgumentException>(() => TransactionEncoder.EncodeNetworkForm(tx, new BlobSidecar([], [], [])));
    }

    /// <summary>A signed blob transaction with <paramref name="blobs"/> versioned hashes and a sidecar of distinct (not KZG-valid) items.</summary>
    private static (Transaction Tx, BlobSidecar Sidecar) SignedBlobTransaction(int blobs)
    {
        var hashes = new Hash256[blobs];
        var blobList = new ReadOnlyMemory<byte>[blobs];
        var commitments = new ReadOnlyMemory<byte>[blobs];
        var proofs = new ReadOnlyMemory<byte>[blobs];
        for (var i = 0; i < blobs; i++)
        {
            var blob = new byte[BlobSidecar.BytesPerBlob];
            blob[(i * 32) + 31] = (byte)(i + 1);
            var commitment = new byte[48];
            commitment[0] = 0xc0;
            commitment[47] = (byte)i;
            var proof = new byte[48];
            proof[0] = 0xa0;
            proof[1] = (byte)i;
            blobList[i] = blob;
            commitments[i] = commitment;
            proofs[i] = proof;
            var hash = new byte[32];
            hash[0] = 0x01;
            hash[31] = (byte)i;
            hashes[i] = new Hash256(hash);
        }

        var unsigned = TransactionCodecTests.Sample(TxType.Blob);
        var tx = TransactionSigner.Sign(
            new Transaction
            {
                Type = TxType.Blob,
                ChainId = unsigned.ChainId,
                Nonce = unsigned.Nonce,
                MaxPriorityFeePerGas = unsigned.MaxPriorityFeePerGas,
                MaxFeePerGas = unsigned.MaxFeePerGas,
                GasLimit = unsigned.GasLimit,
                To = unsigned.To,
                Value = unsigned.Value,
                Data = unsigned.Data,
                MaxFeePerBlobGas = unsigned.MaxFeePerBlobGas,
                BlobVersionedHashes = hashes,
            },
            Key);
        return (tx, new BlobSidecar(blobList, commitments, proofs));
    }

    /// <summary>A network form whose item at <paramref name="position"/> (1 blobs, 2 commitments, 3 proofs) is written by <paramref name="replace"/>.</summary>
    private static byte[] Build(int position, Action<RlpBuilder, BlobSidecar> replace, int hashes = 1)
    {
        var (tx, sidecar) = SignedBlobTransaction(hashes);
        var b = new RlpBuilder().StartList().AddEncoded(TransactionEncoder.Encode(tx).AsSpan(1));
        IReadOnlyList<ReadOnlyMemory<byte>>[] lists = [sidecar.Blobs, sidecar.Commitments, sidecar.Proofs];
        for (var i = 1; i <= 3; i++)
        {
            if (i == position)
            {
                replace(b, sidecar);
            }
            else
            {
                AddList(b, lists[i - 1]);
            }
        }

        return Typed(b.EndList().ToArray());
    }

    private static void AddList(RlpBuilder b, IReadOnlyList<ReadOnlyMemory<byte>> items)
    {
        b.StartList();
        foreach (var item in items)
        {
            b.AddBytes(item.Span);
        }

        b.EndList();
    }

    private static byte[] Typed(byte[] rlp) => [0x03, .. rlp];

    private static void AssertRejected(byte[] bytes, TxError error, string messagePart)
    {
        var ex = Assert.Throws<InvalidTransactionException>(() => TransactionDecoder.DecodeNetworkForm(bytes, out _));
        Assert.Equal(error, ex.Error);
        Assert.Contains(messagePart, ex.Message, StringComparison.Ordinal);
    }
}
