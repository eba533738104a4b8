using Glow.Core.Rlp;
using Glow.Core.Transactions;

namespace Glow.Core.Blocks;

/// <summary>
/// Consensus encoding of receipts and logs: <c>[status, cumulativeGas, bloom, [logs]]</c>, prefixed by the
/// type byte for typed transactions (EIP-2718); each log is <c>[address, [topics], data]</c>. The receipts
/// trie stores exactly these bytes, and <c>keccak(rlp(logs))</c> is the logs hash the state tests check.
/// </summary>
public static class ReceiptCodec
{
    /// <summary>The receipt's encoding as stored in the receipts trie.</summary>
    public static byte[] Encode(Receipt receipt)
    {
        var builder = new RlpBuilder(256 + 64);
        builder.StartList();
        if (receipt.PostState is { } root)
        {
            builder.AddBytes(root.Bytes);
        }
        else
        {
            builder.AddUInt64(receipt.Success ? 1UL : 0UL);
        }

        builder.AddUInt64(receipt.CumulativeGasUsed);
        builder.AddBytes(receipt.Bloom.Bytes);
        AddLogs(builder, receipt.Logs);
        builder.EndList();
        var list = builder.ToArray();
        if (receipt.Type == TxType.Legacy)
        {
            return list;
        }

        var typed = new byte[list.Length + 1];
        typed[0] = (byte)receipt.Type;
        list.CopyTo(typed, 1);
        return typed;
    }

    /// <summary>Decodes a receipt from its trie encoding.</summary>
    /// <exception cref="RlpException">The bytes are not a well-formed receipt.</exception>
    public static Receipt Decode(ReadOnlySpan<byte> encoded)
    {
        var type = TxType.Legacy;
        if (!encoded.IsEmpty && encoded[0] < 0x80)
        {
            type = (TxType)encoded[0];
            encoded = encoded[1..];
        }

        var reader = new RlpReader(encoded);
        var fields = reader.ReadList();
        reader.EnsureAtEnd();
        var outcome = fields.ReadBytes();
        Hash256? postState = null;
        var success = false;
        if (outcome.Length == Hash256.Size)
        {
            postState = new Hash256(outcome);
        }
        else if (outcome.Length == 0 || (outcome.Length == 1 && outcome[0] == 1))
        {
            success = outcome.Length == 1;
        }
        else
        {
            throw new RlpException(RlpError.UnexpectedLength, 0, "receipt status must be empty, 0x01 or a 32-byte state root");
        }

        var cumulative = fields.ReadUInt64();
        var bloomBytes = fields.ReadBytes();
        if (bloomBytes.Length != Bloom.Size)
        {
            throw new RlpException(RlpError.UnexpectedLength, 0, $"expected a 256-byte bloom, got {bloomBytes.Length} bytes");
        }

        var logs = ReadLogs(ref fields);
        fields.EnsureAtEnd();
        return new Receipt(type, success, cumulative, new Bloom(bloomBytes), logs, postState);
    }

    /// <summary><c>rlp([log, …])</c>; its Keccak-256 is the <c>logs</c> hash of the state tests.</summary>
    public static byte[] EncodeLogs(IReadOnlyList<Log> logs)
    {
        var builder = new RlpBuilder(128);
        AddLogs(builder, logs);
        return builder.ToArray();
    }

    private static void AddLogs(RlpBuilder builder, IReadOnlyList<Log> logs)
    {
        builder.StartList();
        foreach (var log in logs)
        {
            builder.StartList().AddBytes(log.Address.Bytes).StartList();
            foreach (var topic in log.Topics)
            {
                builder.AddBytes(topic.Bytes);
            }

            builder.EndList().AddBytes(log.Data.Span).EndList();
        }

        builder.EndList();
    }

    private static List<Log> ReadLogs(ref RlpReader fields)
    {
        var list = fields.ReadList();
        var logs = new List<Log>();
        while (!list.IsAtEnd)
        {
            var entry = list.ReadList();
            var address = entry.ReadAddress();
            var topicList = entry.ReadList();
            var topics = new List<Hash256>();
            while (!topicList.IsAtEnd)
            {
                topics.Add(topicList.ReadHash());
            }

            var data = entry.ReadBytes().ToArray();
            entry.EnsureAtEnd();
            logs.Add(new Log(address, topics, data));
        }

        return logs;
    }
}
