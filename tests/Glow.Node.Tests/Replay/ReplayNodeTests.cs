using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Node.Chain;
using Glow.Node.Producing;
using Glow.Node.Replay;
using Glow.TestKit;

namespace Glow.Node.Tests.Replay;

public sealed class ReplayNodeTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("glow-replay-");

    public void Dispose() => _temp.Delete(recursive: true);

    private static EthereumGenesis Genesis() => EthereumGenesis.Parse(File.ReadAllText(RepoPaths.ExecutionApis("genesis.json")));

    private static List<Block> Blocks()
    {
        using var file = File.OpenRead(RepoPaths.ExecutionApis("chain.rlp"));
        return [.. ChainFile.Read(file)];
    }

    private static Hash256 ForkchoiceHead()
    {
        using var fcu = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepoPaths.ExecutionApis("headfcu.json")));
        return Hash256.Parse(fcu.RootElement.GetProperty("params")[0].GetProperty("headBlockHash").GetString()!);
    }

    [Fact]
    public void Imports_the_execution_apis_chain_to_the_head_its_forkchoice_names()
    {
        using var node = ReplayNode.Open(Genesis(), null, TimeProvider.System);
        var blocks = Blocks();
        Assert.Equal(node.Tree.Head.Hash, blocks[0].Header.ParentHash);

        var imported = node.Import(blocks);

        Assert.Equal(blocks.Count, imported);
        Assert.Equal(ForkchoiceHead(), node.Tree.Head.Hash);
        Assert.Contains(blocks, b => b.Transactions.Any(t => t.Type == Core.Transactions.TxType.Blob));
        Assert.Equal(0, node.Import(blocks));
    }

    [Fact]
    public void A_node_in_a_data_directory_resumes_at_its_head()
    {
        var blocks = Blocks();
        using (var node = ReplayNode.Open(Genesis(), _temp.FullName, TimeProvider.System))
        {
            node.Import(blocks.Take(10));
        }

        using (var reopened = ReplayNode.Open(Genesis(), _temp.FullName, TimeProvider.System))
        {
            Assert.Equal(blocks[9].Hash, reopened.Tree.Head.Hash);
            Assert.Equal(blocks.Count - 10, reopened.Import(blocks));
            Assert.Equal(ForkchoiceHead(), reopened.Tree.Head.Hash);
        }
    }

    [Fact]
    public void A_block_with_a_wrong_state_root_is_refused_and_the_head_stays()
    {
        using var node = ReplayNode.Open(Genesis(), null, TimeProvider.System);
        var blocks = Blocks();
        var bad = blocks[1];
        var tampered = new Block(new BlockHeader(bad.Header) { StateRoot = Hash256.Zero }, bad.Transactions, bad.Ommers, bad.Withdrawals);

        var error = Assert.Throws<InvalidDataException>(() => node.Import([blocks[0], tampered]));

        Assert.StartsWith("Block 2 (", error.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidStateRoot", error.Message, StringComparison.Ordinal);
        Assert.Equal(blocks[0].Hash, node.Tree.Head.Hash);
    }

    [Fact]
    public void Another_chains_database_is_refused()
    {
        using (var node = ReplayNode.Open(Genesis(), _temp.FullName, TimeProvider.System))
        {
            node.Import(Blocks().Take(1));
        }

        var other = Genesis() with { ChainId = 1 };
        var otherAlloc = new SortedDictionary<Address, GenesisAccount>(other.Alloc.ToDictionary()) { [Address.Parse("0x00000000000000000000000000000000000000ff")] = new GenesisAccount(1, 0, [], []) };
        var error = Assert.Throws<Core.Db.DatabaseException>(() => ReplayNode.Open(other with { Alloc = otherAlloc }, _temp.FullName, TimeProvider.System));

        Assert.Contains("use another data directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_are_not_produced_on_a_replayed_ethereum_chain()
    {
        using var node = ReplayNode.Open(Genesis(), null, TimeProvider.System);

        var error = Assert.Throws<ArgumentException>(() => new BlockProducer(node.Tree, new byte[32] { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 }, TimeProvider.System));

        Assert.Contains("produces blocks only on a GLOW chain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transactions_sent_to_the_node_enter_its_pool()
    {
        using var node = ReplayNode.Open(Genesis(), null, TimeProvider.System);
        node.Import(Blocks());
        // The suite's own legacy transaction (eth_sendRawTransaction/send-legacy-transaction).
        var raw = Core.Encoding.Hex.Decode("0xf86c8084044103f38261a894aa000000000000000000000000000000000000000a8255448718e5bb3abd109fa0dd5a76981eee3e5684d994130d05bb165e516c20ea23b149aa1b17b4cb0564e6a021bdb5747224359f458d6463440acd35620e63e78f733e80fb43f4b7b7ab27b6");

        var result = node.Submit(Core.Transactions.TransactionDecoder.Decode(raw));

        Assert.True(result.IsAccepted, result.Message);
        Assert.Equal(1, node.Pool.Status.Pending + node.Pool.Status.Queued);
    }

    [Fact]
    public void A_blob_transaction_needs_a_sidecar_whose_proofs_hold()
    {
        using var node = ReplayNode.Open(Genesis(), null, TimeProvider.System);
        node.Import(Blocks());
        var tx = Core.Transactions.TransactionDecoder.DecodeNetworkForm(SendBlobTxVector.RawTransaction, out var sidecar);

        var missing = node.Api.Submit(tx);
        Assert.Equal(Node.TxPool.TxPoolError.MissingBlobSidecar, missing.Error);
        Assert.Equal("missing sidecar in blob transaction", missing.Message);

        var proof = sidecar!.Proofs[0].ToArray();
        proof[47] ^= 1;
        var wrong = new Core.Transactions.BlobSidecar(sidecar.Blobs, sidecar.Commitments, [proof]);
        var invalid = node.Api.Submit(tx, wrong);
        Assert.Equal(Node.TxPool.TxPoolError.InvalidBlobSidecar, invalid.Error);
        Assert.StartsWith("invalid blob sidecar: blob 0: ", invalid.Message, StringComparison.Ordinal);

        var accepted = node.Api.Submit(tx, sidecar);
        Assert.True(accepted.IsAccepted, accepted.Message);
        Assert.Equal(SendBlobTxVector.ExpectedHash, tx.Hash.ToString());
    }
}
