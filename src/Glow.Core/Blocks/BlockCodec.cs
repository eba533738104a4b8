using Glow.Core.Rlp;
using Glow.Core.Transactions;

namespace Glow.Core.Blocks;

/// <summary>
/// RLP of a whole block: <c>[header, [transactions], [ommers]]</c>, plus <c>[withdrawals]</c> from Shanghai on.
/// Typed transactions appear as byte strings holding their envelopes (EIP-2718).
/// </summary>
public static class BlockCodec
{
    /// <summary>The block's RLP encoding.</summary>
    public static byte[] Encode(Block block)
    {
        var builder = new RlpBuilder(1024);
        builder.StartList();
        builder.AddEncoded(BlockHeaderCodec.Encode(block.Header));
        WriteBody(builder, block);
        builder.EndList();
        return builder.ToArray();
    }

    /// <summary>Decodes a block from exactly <paramref name="encoded"/>.</summary>
    /// <exception cref="RlpException">The RLP is malformed or has the wrong shape.</exception>
    /// <exception cref="InvalidTransactionException">A transaction in the body is malformed.</exception>
    public static Block Decode(ReadOnlySpan<byte> encoded)
    {
        var reader = new RlpReader(encoded);
        var block = Read(ref reader);
        reader.EnsureAtEnd();
        return block;
    }

    /// <summary>Reads one block list.</summary>
    /// <exception cref="RlpException">The RLP is malformed or has the wrong shape.</exception>
    /// <exception cref="InvalidTransactionException">A transaction in the body is malformed.</exception>
    public static Block Read(ref RlpReader reader)
    {
        var fields = reader.ReadList();
        var header = BlockHeaderCodec.Read(ref fields);
        var block = ReadBody(header, ref fields);
        fields.EnsureAtEnd();
        return block;
    }

    /// <summary>
    /// Adds a block's body to <paramref name="builder"/>: the transactions list, the ommers list and, when present, the
    /// withdrawals list (the items after the header in a block's RLP).
    /// </summary>
    public static void WriteBody(RlpBuilder builder, Block block)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(block);
        builder.StartList();
        foreach (var tx in block.Transactions)
        {
            builder.AddEncoded(TransactionEncoder.EncodeForBlock(tx));
        }

        builder.EndList();
        builder.StartList();
        foreach (var ommer in block.Ommers)
        {
            builder.AddEncoded(BlockHeaderCodec.Encode(ommer));
        }

        builder.EndList();
        if (block.Withdrawals is { } withdrawals)
        {
            builder.StartList();
            foreach (var w in withdrawals)
            {
                builder.AddEncoded(EncodeWithdrawal(w));
            }

            builder.EndList();
        }

    }

    /// <summary>
    /// Reads a body (transactions, ommers, withdrawals when present) from <paramref name="fields"/> and pairs it with
    /// <paramref name="header"/>; the caller checks that nothing follows.
    /// </summary>
    /// <exception cref="RlpException">The RLP is malformed or has the wrong shape.</exception>
    /// <exception cref="InvalidTransactionException">A transaction is malformed.</exception>
    public static Block ReadBody(BlockHeader header, ref RlpReader fields)
    {
        var txList = fields.ReadList();
        var transactions = new List<Transaction>();
        while (!txList.IsAtEnd)
        {
            transactions.Add(TransactionDecoder.DecodeFromBlock(ref txList));
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

        return new Block(header, transactions, ommers, withdrawals);
    }

    /// <summary>RLP of a withdrawal, <c>[index, validatorIndex, address, amount]</c>: the value stored in the withdrawals trie.</summary>
    public static byte[] EncodeWithdrawal(Withdrawal w) =>
        new RlpBuilder(64).StartList().AddUInt64(w.Index).AddUInt64(w.ValidatorIndex).AddBytes(w.Address.Bytes).AddUInt64(w.AmountGwei).EndList().ToArray();
}
