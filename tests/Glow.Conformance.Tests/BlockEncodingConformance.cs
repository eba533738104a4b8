using System.Text.Json;
using Glow.Core.Blocks;
using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.TestKit;

namespace Glow.Conformance.Tests;

/// <summary>
/// Every block of <c>BlockchainTests</c> that the suite marks valid must decode, hash to the header hash the
/// suite gives, re-encode to the same bytes, and carry transactions whose senders and fields match the suite's.
/// </summary>
public class BlockEncodingConformance
{
    [Fact]
    public void Every_valid_block_and_genesis_in_BlockchainTests_decodes_hashes_and_re_encodes_exactly()
    {
        var failures = new List<string>();
        int blocks = 0, transactions = 0;
        foreach (var file in Directory.GetFiles(RepoPaths.EthereumTests("BlockchainTests"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var test in document.RootElement.EnumerateObject())
            {
                var name = $"{Path.GetFileName(file)}: {test.Name}";
                Check(name + " genesis", test.Value.GetProperty("genesisRLP").GetString()!, test.Value.GetProperty("genesisBlockHeader"), default, failures);
                blocks++;
                foreach (var block in test.Value.GetProperty("blocks").EnumerateArray())
                {
                    if (block.TryGetProperty("blockHeader", out var header))
                    {
                        transactions += Check($"{name} block {header.GetProperty("number").GetString()}", block.GetProperty("rlp").GetString()!, header, block.GetProperty("transactions"), failures);
                        blocks++;
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join('\n', failures.Take(30)));
        Assert.True(blocks > 6_000, $"only {blocks} blocks checked");
        Assert.True(transactions > 3_000, $"only {transactions} transactions checked");
    }

    private static int Check(string name, string rlpHex, JsonElement header, JsonElement transactions, List<string> failures)
    {
        var rlp = Hex.Decode(rlpHex);
        Block block;
        try
        {
            block = BlockCodec.Decode(rlp);
        }
        catch (Exception e) when (e is Core.Rlp.RlpException or Core.Transactions.InvalidTransactionException)
        {
            failures.Add($"{name}: does not decode: {e.Message}");
            return 0;
        }

        var expectedHash = header.GetProperty("hash").GetString()!;
        if (block.Hash.ToString() != expectedHash)
        {
            failures.Add($"{name}: hash {block.Hash}, expected {expectedHash}");
        }

        if (BlockHeaderCodec.Encode(block.Header) is var headerBytes && Core.Crypto.Keccak256.Compute(headerBytes).ToString() != expectedHash)
        {
            failures.Add($"{name}: re-encoded header hashes differently");
        }

        if (!BlockCodec.Encode(block).AsSpan().SequenceEqual(rlp))
        {
            failures.Add($"{name}: re-encoding differs");
        }

        if (header.GetProperty("stateRoot").GetString() != block.Header.StateRoot.ToString()
            || UInt256.Parse(header.GetProperty("gasUsed").GetString()!) != block.Header.GasUsed
            || Hex.Encode(block.Header.Bloom.Bytes) != header.GetProperty("bloom").GetString())
        {
            failures.Add($"{name}: header fields differ from the suite's JSON");
        }

        if (transactions.ValueKind != JsonValueKind.Array)
        {
            return 0;
        }

        var i = 0;
        foreach (var expected in transactions.EnumerateArray())
        {
            var tx = block.Transactions[i++];
            var sender = tx.RecoverSender();
            // Two transactions of SimpleTx3LowS carry no "sender" in the suite's JSON; there is nothing to compare.
            var expectedSender = expected.TryGetProperty("sender", out var s) ? s.GetString() : null;
            if (expectedSender is not null && !string.Equals(sender?.ToString(), expectedSender, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{name}: tx {i - 1} sender {sender?.ToString() ?? "none"}, expected {expectedSender ?? "none"}");
            }

            if (UInt256.Parse(expected.GetProperty("nonce").GetString()!) != tx.Nonce
                || UInt256.Parse(expected.GetProperty("value").GetString()!) != tx.Value
                || UInt256.Parse(expected.GetProperty("gasLimit").GetString()!) != tx.GasLimit
                || Hex.Encode(tx.Data.Span) != expected.GetProperty("data").GetString())
            {
                failures.Add($"{name}: tx {i - 1} fields differ from the suite's JSON");
            }
        }

        if (i != block.Transactions.Count)
        {
            failures.Add($"{name}: {block.Transactions.Count} transactions, the suite lists {i}");
        }

        return i;
    }
}
