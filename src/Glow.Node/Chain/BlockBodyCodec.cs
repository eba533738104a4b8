using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Rlp;
using Glow.Core.Transactions;

namespace Glow.Node.Chain;

/// <summary>
/// The stored form of a block's body, <c>rlp([transactions, ommers, withdrawals])</c>, and of its receipts and
/// senders (tables <c>Bodies</c>, <c>Receipts</c>, <c>Senders</c>).
/// </summary>
internal static class BlockBodyCodec
{
    public static byte[] EncodeBody(Block block)
    {
        var builder = new RlpBuilder(256 + (block.Transactions.Count * 128));
        builder.StartList().StartList();
        foreach (var tx in block.Transactions)
        {
            builder.AddEncoded(TransactionEncoder.EncodeForBlock(tx));
        }

        builder.EndList().StartList();
        foreach (var ommer in block.Ommers)
        {
            builder.AddEncoded(BlockHeaderCodec.Encode(ommer));
        }

        builder.EndList();
        if (block.Withdrawals is { } withdrawals)
        {
            builder.StartList();
            foreach (var withdrawal in withdrawals)
            {
                builder.AddEncoded(BlockCodec.EncodeWithdrawal(withdrawal));
            }

            builder.EndList();
        }

        return builder.EndList().ToArray();
    }

    public static Block DecodeBody(BlockHeader header, ReadOnlySpan<byte> body, ReadOnlySpan<byte> senders)
    {
        var reader = new RlpReader(body);
        var fields = reader.ReadList();
        var txList = fields.ReadList();
        var transactions = new List<Transaction>();
        while (!txList.IsAtEnd)
        {
            var tx = TransactionDecoder.DecodeFromBlock(ref txList);
            var offset = transactions.Count * Address.Size;
            if (offset + Address.Size <= senders.Length)
            {
                tx.RestoreSender(new Address(senders.Slice(offset, Address.Size)));
            }

            transactions.Add(tx);
        }

        var ommerList = fields.ReadList();
        var ommers = new List<BlockHeader>();
        while (!ommerList.IsAtEnd)
        {
            ommers.Add(BlockHeaderCodec.Read(ref ommerList));
        }

        List<Withdrawal>? withdrawals = null;
        if (!fields.IsAtEnd)
        {
            var list = fields.ReadList();
            withdrawals = [];
            while (!list.IsAtEnd)
            {
                var item = list.ReadList();
                withdrawals.Add(new Withdrawal(item.ReadUInt64(), item.ReadUInt64(), item.ReadAddress(), item.ReadUInt64()));
                item.EnsureAtEnd();
            }
        }

        fields.EnsureAtEnd();
        reader.EnsureAtEnd();
        return new Block(header, transactions, ommers, withdrawals);
    }

    public static byte[] EncodeSenders(IReadOnlyList<Address> senders)
    {
        var bytes = new byte[senders.Count * Address.Size];
        for (var i = 0; i < senders.Count; i++)
        {
            senders[i].Bytes.CopyTo(bytes.AsSpan(i * Address.Size));
        }

        return bytes;
    }

    public static byte[] EncodeReceipts(IReadOnlyList<Receipt> receipts)
    {
        var builder = new RlpBuilder(64 + (receipts.Count * 300));
        builder.StartList();
        foreach (var receipt in receipts)
        {
            builder.AddBytes(ReceiptCodec.Encode(receipt));
        }

        return builder.EndList().ToArray();
    }

    public static IReadOnlyList<Receipt> DecodeReceipts(ReadOnlySpan<byte> encoded)
    {
        var reader = new RlpReader(encoded);
        var list = reader.ReadList();
        var receipts = new List<Receipt>();
        while (!list.IsAtEnd)
        {
            receipts.Add(ReceiptCodec.Decode(list.ReadBytes()));
        }

        reader.EnsureAtEnd();
        return receipts;
    }
}
