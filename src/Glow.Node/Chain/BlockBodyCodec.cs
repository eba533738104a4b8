using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Rlp;

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
        builder.StartList();
        BlockCodec.WriteBody(builder, block);
        return builder.EndList().ToArray();
    }

    public static Block DecodeBody(BlockHeader header, ReadOnlySpan<byte> body, ReadOnlySpan<byte> senders)
    {
        var reader = new RlpReader(body);
        var fields = reader.ReadList();
        var block = BlockCodec.ReadBody(header, ref fields);
        fields.EnsureAtEnd();
        reader.EnsureAtEnd();
        for (var i = 0; i < block.Transactions.Count && (i + 1) * Address.Size <= senders.Length; i++)
        {
            block.Transactions[i].RestoreSender(new Address(senders.Slice(i * Address.Size, Address.Size)));
        }

        return block;
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
