using System.Text.Json.Nodes;
using Glow.Core.Chain;
using Glow.Core.Crypto;
using Glow.Core.Specs;

namespace Glow.Core.Tests.Chain;

public class EthereumGenesisTests
{
    private const string ForkBlocks = """
        "chainId": 7, "homesteadBlock": 0, "eip150Block": 0, "eip155Block": 0, "eip158Block": 0, "byzantiumBlock": 0,
        "constantinopleBlock": 0, "petersburgBlock": 0, "istanbulBlock": 0, "berlinBlock": 0, "londonBlock": 0,
        "terminalTotalDifficulty": 0
        """;

    private static string Genesis(string extraConfig = "", string extraTop = "") => $$"""
        { "config": { {{ForkBlocks}}{{extraConfig}} }, "gasLimit": "0x1c9c380", "difficulty": "0x0"{{extraTop}},
          "alloc": { "0x00000000000000000000000000000000000000aa": { "balance": "0x10" } } }
        """;

    [Fact]
    public void The_execution_apis_genesis_is_a_cancun_chain_with_its_chain_id_and_header_fields()
    {
        var json = """
            { "config": { "chainId": 3503995874084926, "homesteadBlock": 0, "eip150Block": 0, "eip155Block": 0, "eip158Block": 0,
              "byzantiumBlock": 0, "constantinopleBlock": 0, "petersburgBlock": 0, "istanbulBlock": 0, "muirGlacierBlock": 0,
              "berlinBlock": 0, "londonBlock": 0, "arrowGlacierBlock": 0, "grayGlacierBlock": 0, "mergeNetsplitBlock": 0,
              "shanghaiTime": 0, "cancunTime": 0, "terminalTotalDifficulty": 131072, "terminalTotalDifficultyPassed": true, "ethash": {} },
              "nonce": "0x0", "timestamp": "0x0", "extraData": "0x68697665636861696e", "gasLimit": "0x23f3e20", "difficulty": "0x20000",
              "mixHash": "0x0000000000000000000000000000000000000000000000000000000000000000",
              "coinbase": "0x0000000000000000000000000000000000000000", "alloc": {},
              "number": "0x0", "gasUsed": "0x0", "parentHash": "0x0000000000000000000000000000000000000000000000000000000000000000",
              "baseFeePerGas": null, "excessBlobGas": null, "blobGasUsed": null }
            """;

        var genesis = EthereumGenesis.Parse(json);

        Assert.Equal(3503995874084926UL, genesis.ChainId);
        Assert.Same(Forks.Cancun, genesis.Fork);
        var header = genesis.CreateBlock(Keccak256.OfEmptyString).Header;
        Assert.Equal(0x23f3e20UL, header.GasLimit);
        Assert.Equal(0x20000UL, (ulong)header.Difficulty);
        Assert.Equal("hivechain"u8.ToArray(), header.ExtraData.ToArray());
        Assert.Equal(1_000_000_000UL, (ulong)header.BaseFeePerGas!.Value);
        Assert.Equal(Keccak256.OfEmptyString, header.WithdrawalsRoot);
        Assert.Equal(0UL, header.BlobGasUsed);
        Assert.Equal(0UL, header.ExcessBlobGas);
        Assert.Equal(Hash256.Zero, header.ParentBeaconBlockRoot);
    }

    [Theory]
    [InlineData("", "", "Paris")]
    [InlineData(", \"shanghaiTime\": 0", "", "Shanghai")]
    [InlineData(", \"shanghaiTime\": 0, \"cancunTime\": \"0x0\"", "", "Cancun")]
    public void The_fork_is_the_latest_active_at_genesis(string config, string top, string fork)
    {
        var genesis = EthereumGenesis.Parse(Genesis(config, top));

        Assert.Equal(fork, genesis.Fork.Name);
        var block = genesis.CreateBlock(Keccak256.OfEmptyString);
        Assert.Equal(fork != "Paris", block.Header.WithdrawalsRoot is not null);
        Assert.Equal(fork != "Paris", block.Withdrawals is not null);
        Assert.Equal(fork == "Cancun", block.Header.ParentBeaconBlockRoot is not null);
        Assert.Equal(0x10UL, (ulong)Assert.Single(genesis.Alloc).Value.Balance);
    }

    [Fact]
    public void Given_base_fee_and_blob_fields_are_kept()
    {
        var genesis = EthereumGenesis.Parse(Genesis(", \"shanghaiTime\": 0, \"cancunTime\": 0", ", \"baseFeePerGas\": \"0x7\", \"excessBlobGas\": \"0x60000\", \"blobGasUsed\": \"0x0\""));

        var header = genesis.CreateBlock(Keccak256.OfEmptyString).Header;
        Assert.Equal(7UL, (ulong)header.BaseFeePerGas!.Value);
        Assert.Equal(0x60000UL, header.ExcessBlobGas);
    }

    [Theory]
    [InlineData(", \"cancunTime\": 100, \"shanghaiTime\": 0", "", "config.cancunTime", "fork transitions after genesis are not supported")]
    [InlineData(", \"shanghaiTime\": 5", "", "config.shanghaiTime", "fork transitions after genesis are not supported")]
    [InlineData(", \"cancunTime\": 0", "", "config.shanghaiTime", "Cancun at genesis needs Shanghai at genesis")]
    [InlineData(", \"shanghaiTime\": 0, \"cancunTime\": 0, \"pragueTime\": 0", "", "config.pragueTime", "forks after Cancun are not implemented")]
    [InlineData(", \"frobnicateBlock\": 0", "", "config.frobnicateBlock", "not a fork-schedule field")]
    [InlineData("", ", \"number\": \"0x1\"", "number", "a genesis block has number 0")]
    [InlineData("", ", \"extraData\": \"0xzz\"", "extraData", "expected hex bytes")]
    [InlineData("", ", \"mixHash\": \"0x01\"", "mixHash", "expected 32 bytes, got 1")]
    [InlineData("", ", \"stateRoot\": \"0x01\"", "stateRoot", "not a genesis field")]
    public void Schedules_and_fields_it_cannot_replay_are_refused_by_name(string config, string top, string field, string detail)
    {
        var error = Assert.Throws<ChainSpecException>(() => EthereumGenesis.Parse(Genesis(config, top)));

        Assert.Equal(field, error.Field);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_that_starts_with_proof_of_work_is_refused()
    {
        var json = JsonNode.Parse(Genesis())!;
        json["config"]!["terminalTotalDifficulty"] = 1000;

        var error = Assert.Throws<ChainSpecException>(() => EthereumGenesis.Parse(json.ToJsonString()));

        Assert.Equal("config.terminalTotalDifficulty", error.Field);
        Assert.Contains("proof-of-work", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fork_before_london_that_is_not_at_genesis_or_missing_is_refused()
    {
        var late = JsonNode.Parse(Genesis())!;
        late["config"]!["berlinBlock"] = 10;
        Assert.Equal("config.berlinBlock", Assert.Throws<ChainSpecException>(() => EthereumGenesis.Parse(late.ToJsonString())).Field);

        var missing = JsonNode.Parse(Genesis())!;
        missing["config"]!.AsObject().Remove("londonBlock");
        Assert.Equal("config.londonBlock", Assert.Throws<ChainSpecException>(() => EthereumGenesis.Parse(missing.ToJsonString())).Field);
    }

    [Theory]
    [InlineData("not json", "(document)")]
    [InlineData("[]", "(document)")]
    [InlineData("{}", "config")]
    [InlineData("{\"config\":{\"chainId\":1}}", "config.homesteadBlock")]
    public void Malformed_documents_are_refused(string json, string field)
    {
        Assert.Equal(field, Assert.Throws<ChainSpecException>(() => EthereumGenesis.Parse(json)).Field);
    }

    [Fact]
    public void A_bad_account_names_the_allocation()
    {
        var error = Assert.Throws<ChainSpecException>(() => EthereumGenesis.Parse(Genesis().Replace("\"0x10\"", "\"ten\"", StringComparison.Ordinal)));

        Assert.Equal("alloc", error.Field);
    }
}
