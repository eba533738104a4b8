using System.Text.Json.Nodes;
using Glow.Conformance.Blocks;
using Glow.Conformance.State;
using Glow.Core.Blocks;
using Glow.Evm.Processing;
using Glow.TestKit;

namespace Glow.Conformance.Tests.Blocks;

public sealed class BlockTestRunnerTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("glow-blocktest-");

    public void Dispose() => _temp.Delete(recursive: true);

    private static BlockTestRunner Runner(StateTestSkipList? skips = null) => new() { Skips = skips ?? StateTestSkipList.None };

    private static string Suite(params string[] parts) => RepoPaths.EthereumTests(["BlockchainTests", .. parts]);

    private static string BaseFeeExample => Suite("ValidBlocks", "bcExample", "basefeeExample.json");

    private static List<BlockTestResult> RunFile(string file, StateTestSkipList? skips = null)
    {
        var results = new List<BlockTestResult>();
        Runner(skips).Run(file, results.Add);
        return results;
    }

    /// <summary>A copy of <paramref name="file"/>'s single test, changed by <paramref name="tamper"/>, in the temporary folder.</summary>
    private string Tampered(string file, Action<JsonObject> tamper)
    {
        var root = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        var test = Assert.Single(root).Value!.AsObject();
        tamper(test);
        var copy = Path.Combine(_temp.FullName, Path.GetFileName(file));
        File.WriteAllText(copy, root.ToJsonString());
        return copy;
    }

    [Fact]
    public void A_valid_chain_passes_with_its_last_block_as_the_head()
    {
        var result = Assert.Single(RunFile(BaseFeeExample));

        Assert.True(result.Pass, result.Error);
        Assert.Equal("Cancun", result.Network);
        Assert.NotNull(result.LastBlockHash);
        Assert.Equal(result.ExpectedLastBlockHash, result.LastBlockHash);
    }

    [Fact]
    public void Tests_of_other_networks_are_skipped_with_the_reason()
    {
        var results = RunFile(Suite("GeneralStateTests", "Pyspecs", "shanghai", "eip3855_push0", "push0_key_sstore.json"));

        Assert.Equal(2, results.Count);
        Assert.True(results.Single(r => r.Network == "Cancun").Pass);
        var skipped = results.Single(r => r.Network == "Shanghai");
        Assert.True(skipped.Skipped);
        Assert.Equal("network Shanghai: only Cancun tests are run", skipped.Error);
    }

    [Fact]
    public void An_invalid_block_is_rejected_for_the_expected_reason_and_the_head_stays_at_its_parent()
    {
        var result = Assert.Single(RunFile(Suite("InvalidBlocks", "bcInvalidHeaderTest", "wrongGasLimit.json")));

        Assert.True(result.Pass, result.Error);
        Assert.Equal(result.ExpectedLastBlockHash, result.LastBlockHash);
    }

    [Fact]
    public void A_block_rejected_for_another_reason_than_the_expected_one_fails()
    {
        var file = Tampered(Suite("InvalidBlocks", "bcInvalidHeaderTest", "wrongGasLimit.json"), test =>
            test["blocks"]![0]!["expectException"] = "BlockException.INVALID_STATE_ROOT");

        var result = Assert.Single(RunFile(file));

        Assert.False(result.Pass);
        Assert.StartsWith("block 1: rejected as BlockException.INVALID_GASLIMIT", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_block_the_test_expects_to_be_rejected_fails()
    {
        var file = Tampered(BaseFeeExample, test => test["blocks"]![0]!["expectException"] = "BlockException.INVALID_STATE_ROOT");

        var result = Assert.Single(RunFile(file));

        Assert.False(result.Pass);
        Assert.Equal("block 1: accepted, expected BlockException.INVALID_STATE_ROOT", result.Error);
    }

    [Fact]
    public void A_block_that_does_not_decode_counts_as_rejected()
    {
        var file = Tampered(BaseFeeExample, test =>
        {
            test["blocks"] = new JsonArray(new JsonObject { ["rlp"] = "0xc0", ["expectException"] = "BlockException.RLP_STRUCTURES_ENCODING" });
            test["lastblockhash"] = test["genesisBlockHeader"]!["hash"]!.GetValue<string>();
            test["postState"] = test["pre"]!.DeepClone();
        });

        var result = Assert.Single(RunFile(file));

        Assert.True(result.Pass, result.Error);
    }

    [Fact]
    public void A_wrong_last_block_hash_fails()
    {
        var file = Tampered(BaseFeeExample, test => test["lastblockhash"] = "0x" + new string('1', 64));

        var result = Assert.Single(RunFile(file));

        Assert.False(result.Pass);
        Assert.StartsWith("head is block 1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_balance_in_the_post_state_fails_and_names_the_account()
    {
        string? address = null;
        var file = Tampered(BaseFeeExample, test =>
        {
            var account = test["postState"]!.AsObject().First(a => a.Value!["balance"]!.GetValue<string>() != "0x00");
            address = account.Key;
            account.Value!["balance"] = "0x01";
        });

        var result = Assert.Single(RunFile(file));

        Assert.False(result.Pass);
        Assert.StartsWith("post-state root", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{address} balance", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_genesis_whose_state_root_is_not_the_pre_states_fails()
    {
        var file = Tampered(BaseFeeExample, test => test["pre"]!.AsObject().First().Value!["nonce"] = "0x07");

        var result = Assert.Single(RunFile(file));

        Assert.False(result.Pass);
        Assert.StartsWith("genesis: genesis state root", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_branch_becomes_the_head_when_its_block_comes_last()
    {
        // Chain A (blocks 1-3) is imported and committed first; chain B then forks at genesis, its blocks run on states
        // that were never committed (replayed from genesis), and its block 4, the last one, is the expected head.
        var result = Assert.Single(RunFile(Suite("InvalidBlocks", "bcMultiChainTest", "UncleFromSideChain.json")));

        Assert.True(result.Pass, result.Error);
        Assert.Equal(result.ExpectedLastBlockHash, result.LastBlockHash);
    }

    [Fact]
    public void A_listed_test_is_skipped_with_its_reason()
    {
        var result = Assert.Single(RunFile(BaseFeeExample, StateTestSkipList.Parse("basefeeExample_Cancun: kept out for this test")));

        Assert.True(result.Skipped);
        Assert.Equal("kept out for this test", result.Error);
    }

    [Fact]
    public void The_shipped_skip_list_is_empty()
    {
        Assert.Empty(BlockTestSkipList.Default.Reasons);
    }

    [Fact]
    public void A_file_that_is_not_a_blockchain_test_is_bad_input()
    {
        var file = Path.Combine(_temp.FullName, "bad.json");
        File.WriteAllText(file, "{\"x\": {\"network\": \"Cancun\"}}");

        Assert.Throws<InvalidDataException>(() => Runner().Run(file));
        Assert.Throws<FileNotFoundException>(() => Runner().Run(Path.Combine(_temp.FullName, "missing")));
    }

    [Theory]
    [InlineData(BlockInvalidReason.InvalidGasLimit, "BlockException.INVALID_GASLIMIT")]
    [InlineData(BlockInvalidReason.IncorrectExcessBlobGas, "BlockException.INCORRECT_EXCESS_BLOB_GAS")]
    [InlineData(BlockInvalidReason.OmmersNotEmpty, "BlockException.IMPORT_IMPOSSIBLE_UNCLES_OVER_PARIS")]
    [InlineData(BlockInvalidReason.BlobGasAllowanceExceeded, "TransactionException.TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED")]
    public void Rejections_are_named_as_the_suite_names_them(BlockInvalidReason reason, string name)
    {
        var block = new Block(new BlockHeader { ParentHash = Core.Hash256.Parse("0x" + new string('1', 64)) }, [], [], null);
        Assert.Equal(name, BlockTestRunner.ExceptionName(new BlockRejection(reason, "x"), block));
    }

    [Fact]
    public void Transaction_rejections_are_named_as_transaction_exceptions()
    {
        var block = new Block(new BlockHeader(), [], [], null);
        var rejection = new BlockRejection(BlockInvalidReason.InvalidTransaction, "x") { TransactionReason = TxInvalidReason.InsufficientAccountFunds };
        Assert.Equal("TransactionException.INSUFFICIENT_ACCOUNT_FUNDS", BlockTestRunner.ExceptionName(rejection, block));
        Assert.Equal("BlockException.UNKNOWN_PARENT_ZERO", BlockTestRunner.ExceptionName(new BlockRejection(BlockInvalidReason.UnknownParent, "x"), block));
    }
}
