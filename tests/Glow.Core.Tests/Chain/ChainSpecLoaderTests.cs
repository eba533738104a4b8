using Glow.Core.Chain;
using Glow.Core.Numerics;
using Glow.Core.Specs;

namespace Glow.Core.Tests.Chain;

public class ChainSpecLoaderTests
{
    private const string Minimal = """{ "name": "t", "chainId": 7, "fork": "cancun", "genesis": { "timestamp": 0 } }""";

    [Fact]
    public void A_minimal_chainspec_takes_every_default_of_the_protocol()
    {
        var spec = ChainSpecLoader.Parse(Minimal);

        Assert.Equal("t", spec.Name);
        Assert.Equal(7UL, spec.ChainId);
        Assert.Same(Forks.Cancun, spec.Fork);
        Assert.Equal(100_000_000UL, spec.GasLimit);
        Assert.Equal(10UL, spec.BlockIntervalSeconds);
        Assert.Equal(210UL, spec.CycleLength);
        Assert.Equal(BaseFeeParameters.Default, spec.BaseFee);
        Assert.Same(BlockRewardSchedule.Default, spec.Rewards);
        Assert.Equal(Preinstalls.All, spec.Preinstalls);
        Assert.Equal(SystemContracts.Default, spec.SystemContracts);
        Assert.Equal(0UL, spec.Genesis.Timestamp);
        Assert.Equal(Address.Zero, spec.Genesis.Coinbase);
        Assert.Empty(spec.Genesis.Alloc);
    }

    [Fact]
    public void Every_field_is_read_and_numbers_may_be_hex_or_decimal_strings()
    {
        var spec = ChainSpecLoader.Parse("""
            {
              "name": "full", "description": "", "chainId": "0x539", "fork": "Cancun",
              "params": {
                "gasLimit": "30000000", "blockIntervalSeconds": 5, "cycleLength": "0x0a",
                "baseFee": { "initial": "0x3b9aca00", "min": "7", "elasticityMultiplier": 4, "maxChangeDenominator": "16" },
                "rewards": { "initial": "1000", "decayNumerator": 1, "decayDenominator": 2, "eraLength": 100 }
              },
              "preinstalls": false,
              "systemContracts": { "staking": "0x0000000000000000000000000000000000002000", "srt": "0x0000000000000000000000000000000000002001" },
              "genesis": {
                "timestamp": "0x10", "coinbase": "0x00000000000000000000000000000000000000aa",
                "alloc": {
                  "0x00000000000000000000000000000000000000bb": { "balance": "0x10" },
                  "00000000000000000000000000000000000000Cc": { "balance": "5", "nonce": "1", "code": "0x00" }
                }
              }
            }
            """);

        Assert.Equal(1337UL, spec.ChainId);
        Assert.Equal(30_000_000UL, spec.GasLimit);
        Assert.Equal(5UL, spec.BlockIntervalSeconds);
        Assert.Equal(10UL, spec.CycleLength);
        Assert.Equal((UInt256)1_000_000_000UL, spec.BaseFee.InitialBaseFee);
        Assert.Equal((UInt256)7UL, spec.BaseFee.MinBaseFee);
        Assert.Equal(4UL, spec.BaseFee.ElasticityMultiplier);
        Assert.Equal(16UL, spec.BaseFee.MaxChangeDenominator);
        Assert.Equal((UInt256)1000UL, spec.Rewards.InitialReward);
        Assert.Equal(100UL, spec.Rewards.EraLength);
        Assert.Equal([(UInt256)1000UL, 500UL, 250UL, 125UL, 62UL, 31UL, 15UL, 7UL, 3UL, 1UL], spec.Rewards.EraRewards);
        Assert.Empty(spec.Preinstalls);
        Assert.Equal(Address.Parse("0x0000000000000000000000000000000000002000"), spec.SystemContracts.Staking);
        Assert.Equal(16UL, spec.Genesis.Timestamp);
        Assert.Equal(Address.Parse("0x00000000000000000000000000000000000000aa"), spec.Genesis.Coinbase);
        Assert.Equal(
            [Address.Parse("0x00000000000000000000000000000000000000bb"), Address.Parse("0x00000000000000000000000000000000000000cc")],
            spec.Genesis.Alloc.Keys);
        Assert.Equal((UInt256)21UL, spec.Genesis.TotalBalance());
    }

    [Fact]
    public void Load_reads_the_same_chainspec_from_a_stream()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Minimal));

        var spec = ChainSpecLoader.Load(stream);

        Assert.Equal("t", spec.Name);
        Assert.Equal(7UL, spec.ChainId);
    }

    [Fact]
    public void The_genesis_allocation_lists_the_accounts_then_the_preinstalls_in_address_order()
    {
        var spec = ChainSpecLoader.Parse("""
            { "name": "t", "chainId": 7, "fork": "cancun",
              "genesis": { "timestamp": 0, "alloc": { "0xffffffffffffffffffffffffffffffffffffffff": { "balance": "1" },
                                                      "0x0000000000000000000000000000000000000001": { "balance": "1" } } } }
            """);

        var alloc = spec.BuildGenesisAlloc();

        Assert.Equal(
            [
                Address.Parse("0x0000000000000000000000000000000000000001"),
                Preinstalls.Create2Deployer.Address,
                Preinstalls.Multicall3.Address,
                Address.Parse("0xffffffffffffffffffffffffffffffffffffffff"),
            ],
            alloc.Keys);
        Assert.Equal(Preinstalls.Multicall3.Code.ToArray(), alloc[Preinstalls.Multicall3.Address].Code);
        Assert.Equal(2, spec.Genesis.Alloc.Count);
    }

    [Theory]
    [InlineData("""{ "name": "t", "chainId": 7, "fork": "cancun", "genesis": { "timestamp": 0 }""", "$")]
    [InlineData("""{ "name": "t", "chainId": 7, "fork": "cancun", "genesis": { "timestamp": 0 }, }""", "$")]
    [InlineData("""[1, 2]""", "$")]
    public void Rejects_text_that_is_not_a_json_object(string json, string field) => AssertRejected(json, field);

    [Theory]
    [InlineData("name")]
    [InlineData("chainId")]
    [InlineData("fork")]
    [InlineData("genesis")]
    public void Rejects_a_missing_required_field(string missing)
    {
        var fields = new Dictionary<string, string>
        {
            ["name"] = "\"name\": \"t\"",
            ["chainId"] = "\"chainId\": 7",
            ["fork"] = "\"fork\": \"cancun\"",
            ["genesis"] = "\"genesis\": { \"timestamp\": 0 }",
        };
        fields.Remove(missing);

        AssertRejected("{" + string.Join(", ", fields.Values) + "}", missing);
    }

    [Fact]
    public void Rejects_a_genesis_without_timestamp() =>
        AssertRejected("""{ "name": "t", "chainId": 7, "fork": "cancun", "genesis": { } }""", "genesis.timestamp");

    [Theory]
    [InlineData("\"abc\"", "expected a number of at most 2^64-1 (decimal, or hex with 0x), got \"abc\"")]
    [InlineData("true", "expected a number of at most 2^64-1 (decimal, or hex with 0x), got true")]
    [InlineData("\"\"", "expected a number of at most 2^64-1 (decimal, or hex with 0x), got \"\"")]
    [InlineData("\"0x\"", "expected a number of at most 2^64-1 (decimal, or hex with 0x), got \"0x\"")]
    [InlineData("18446744073709551616", "expected a number of at most 2^64-1 (decimal, or hex with 0x), got 18446744073709551616")]
    [InlineData("\"0x10000000000000000\"", "expected a number of at most 2^64-1 (decimal, or hex with 0x), got \"0x10000000000000000\"")]
    [InlineData("-1", "expected a non-negative number, got -1")]
    [InlineData("\"-1\"", "expected a non-negative number, got \"-1\"")]
    [InlineData("1.5", "expected a whole number written with digits only, got 1.5")]
    [InlineData("1e8", "expected a whole number written with digits only, got 1e8")]
    public void Rejects_a_gas_limit_that_is_not_a_64_bit_number_and_says_why(string value, string detail)
    {
        var e = AssertRejected(WithParams($$"""{ "gasLimit": {{value}} }"""), "params.gasLimit");
        Assert.Equal($"params.gasLimit: {detail}", e.Message);
    }

    [Fact]
    public void Rejects_a_256_bit_number_that_overflows() =>
        AssertRejected(WithParams("""{ "baseFee": { "initial": "0x10000000000000000000000000000000000000000000000000000000000000000" } }"""), "params.baseFee.initial");

    [Theory]
    [InlineData("""{ "gasLimit": 4999 }""", "params.gasLimit")]
    [InlineData("""{ "blockIntervalSeconds": 0 }""", "params.blockIntervalSeconds")]
    [InlineData("""{ "cycleLength": 0 }""", "params.cycleLength")]
    [InlineData("""{ "cycleLength": 211 }""", "params.cycleLength")]
    [InlineData("""{ "baseFee": { "elasticityMultiplier": 0 } }""", "params.baseFee.elasticityMultiplier")]
    [InlineData("""{ "baseFee": { "maxChangeDenominator": 0 } }""", "params.baseFee.maxChangeDenominator")]
    [InlineData("""{ "baseFee": { "initial": 5, "min": 6 } }""", "params.baseFee.min")]
    [InlineData("""{ "rewards": { "decayNumerator": 100 } }""", "params.rewards.decayNumerator")]
    [InlineData("""{ "rewards": { "decayNumerator": 999999, "decayDenominator": 1000000 } }""", "params.rewards.decayNumerator")]
    [InlineData("""{ "rewards": { "decayDenominator": 0 } }""", "params.rewards.decayDenominator")]
    [InlineData("""{ "rewards": { "eraLength": 0 } }""", "params.rewards.eraLength")]
    [InlineData("""{ "rewards": { "eraLength": 1000 } }""", "params.rewards.eraLength")]
    public void Rejects_a_parameter_out_of_its_range(string parameters, string field) => AssertRejected(WithParams(parameters), field);

    [Fact]
    public void Rejects_chain_id_zero() =>
        AssertRejected("""{ "name": "t", "chainId": 0, "fork": "cancun", "genesis": { "timestamp": 0 } }""", "chainId");

    [Theory]
    [InlineData("\"shanghai\"")]
    [InlineData("\"prague\"")]
    [InlineData("\"\"")]
    [InlineData("1")]
    public void Rejects_a_fork_other_than_cancun(string fork) =>
        AssertRejected($$"""{ "name": "t", "chainId": 7, "fork": {{fork}}, "genesis": { "timestamp": 0 } }""", "fork");

    [Theory]
    [InlineData("""{ "name": 5, "chainId": 7, "fork": "cancun", "genesis": { "timestamp": 0 } }""", "name")]
    [InlineData("""{ "name": "t", "chainId": 7, "fork": "cancun", "params": [], "genesis": { "timestamp": 0 } }""", "params")]
    [InlineData("""{ "name": "t", "chainId": 7, "fork": "cancun", "params": { "baseFee": 1 }, "genesis": { "timestamp": 0 } }""", "params.baseFee")]
    [InlineData("""{ "name": "t", "chainId": 7, "fork": "cancun", "preinstalls": "yes", "genesis": { "timestamp": 0 } }""", "preinstalls")]
    [InlineData("""{ "name": "t", "chainId": 7, "fork": "cancun", "genesis": 0 }""", "genesis")]
    [InlineData("""{ "name": "t", "chainId": 7, "fork": "cancun", "genesis": { "timestamp": 0, "alloc": [] } }""", "genesis.alloc")]
    [InlineData("""{ "name": "t", "chainId": 7, "fork": "cancun", "description": 1, "genesis": { "timestamp": 0 } }""", "description")]
    public void Rejects_a_field_of_the_wrong_type(string json, string field) => AssertRejected(json, field);

    [Theory]
    [InlineData("\"0x12\"")]
    [InlineData("\"0x00000000000000000000000000000000000000zz\"")]
    [InlineData("\"0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"")]
    [InlineData("42")]
    public void Rejects_a_bad_address(string coinbase) =>
        AssertRejected($$"""{ "name": "t", "chainId": 7, "fork": "cancun", "genesis": { "timestamp": 0, "coinbase": {{coinbase}} } }""", "genesis.coinbase");

    [Theory]
    [InlineData("""{ "name": "t", "chainId": 7, "fork": "cancun", "genesis": { "timestamp": 0 }, "gasLimit": 1 }""", "gasLimit")]
    [InlineData("""{ "name": "t", "chainId": 7, "fork": "cancun", "params": { "gaslimit": 1 }, "genesis": { "timestamp": 0 } }""", "params.gaslimit")]
    [InlineData("""{ "name": "t", "chainId": 7, "fork": "cancun", "params": { "baseFee": { "max": 1 } }, "genesis": { "timestamp": 0 } }""", "params.baseFee.max")]
    [InlineData("""{ "name": "t", "chainId": 7, "fork": "cancun", "params": { "rewards": { "decay": 1 } }, "genesis": { "timestamp": 0 } }""", "params.rewards.decay")]
    [InlineData("""{ "name": "t", "chainId": 7, "fork": "cancun", "systemContracts": { "storage": "0x0000000000000000000000000000000000001002" }, "genesis": { "timestamp": 0 } }""", "systemContracts.storage")]
    [InlineData("""{ "name": "t", "chainId": 7, "fork": "cancun", "genesis": { "timestamp": 0, "extraData": "0x" } }""", "genesis.extraData")]
    public void Rejects_an_unknown_field_at_any_level(string json, string field)
    {
        var e = AssertRejected(json, field);
        Assert.Contains("unknown field", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_field_given_twice() =>
        AssertRejected("""{ "name": "t", "chainId": 7, "chainId": 8, "fork": "cancun", "genesis": { "timestamp": 0 } }""", "chainId");

    [Theory]
    [InlineData("0x12", "genesis.alloc.0x12")]
    [InlineData("0x00000000000000000000000000000000000000zz", "genesis.alloc.0x00000000000000000000000000000000000000zz")]
    public void Rejects_an_allocation_key_that_is_not_an_address(string key, string field) =>
        AssertRejected(WithAlloc($$"""{ "{{key}}": { "balance": "1" } }"""), field);

    [Theory]
    [InlineData("""{ "balance": "abc" }""", "balance")]
    [InlineData("""{ "nonce": "0x10000000000000000" }""", "nonce")]
    [InlineData("""{ "code": "0x1" }""", "code")]
    [InlineData("""{ "storage": { "zz": "1" } }""", "zz")]
    [InlineData("""{ "balanse": "1" }""", "balanse")]
    public void Rejects_a_bad_account_naming_the_account_and_its_field(string account, string accountField)
    {
        var e = AssertRejected(WithAlloc($$"""{ "0x00000000000000000000000000000000000000aa": {{account}} }"""), "genesis.alloc.0x00000000000000000000000000000000000000aa");
        Assert.Contains(accountField, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_account_listed_twice_under_two_spellings() =>
        AssertRejected(
            WithAlloc("""{ "0x00000000000000000000000000000000000000aa": {}, "00000000000000000000000000000000000000AA": {} }"""),
            "genesis.alloc.00000000000000000000000000000000000000AA");

    [Fact]
    public void Rejects_an_account_at_a_preinstall_address_while_preinstalls_are_on()
    {
        var account = """{ "0x4e59b44847b379578588920ca78fbf26c0b4956c": { "balance": "1" } }""";

        AssertRejected(WithAlloc(account), "genesis.alloc.0x4e59b44847b379578588920ca78fbf26c0b4956c");
        var off = ChainSpecLoader.Parse(WithAlloc(account).Replace("\"fork\"", "\"preinstalls\": false, \"fork\"", StringComparison.Ordinal));
        Assert.Single(off.BuildGenesisAlloc());
    }

    [Fact]
    public void Rejects_an_account_at_a_system_contract_address() =>
        AssertRejected(WithAlloc("""{ "0x0000000000000000000000000000000000001000": { "balance": "1" } }"""), "genesis.alloc.0x0000000000000000000000000000000000001000");

    [Theory]
    [InlineData("""{ "staking": "0x0000000000000000000000000000000000001001" }""", "systemContracts.srt")]
    [InlineData("""{ "srt": "0x0000000000000000000000000000000000000000" }""", "systemContracts.srt")]
    [InlineData("""{ "staking": "0xcA11bde05977b3631167028862bE2a173976CA11" }""", "systemContracts.staking")]
    public void Rejects_system_contract_addresses_that_collide(string contracts, string field) =>
        AssertRejected($$"""{ "name": "t", "chainId": 7, "fork": "cancun", "systemContracts": {{contracts}}, "genesis": { "timestamp": 0 } }""", field);

    private static string WithParams(string parameters) =>
        $$"""{ "name": "t", "chainId": 7, "fork": "cancun", "params": {{parameters}}, "genesis": { "timestamp": 0 } }""";

    private static string WithAlloc(string alloc) =>
        $$"""{ "name": "t", "chainId": 7, "fork": "cancun", "genesis": { "timestamp": 0, "alloc": {{alloc}} } }""";

    private static ChainSpecException AssertRejected(string json, string field)
    {
        var e = Assert.Throws<ChainSpecException>(() => ChainSpecLoader.Parse(json));
        Assert.Equal(field, e.Field);
        Assert.StartsWith(field + ": ", e.Message, StringComparison.Ordinal);
        return e;
    }
}
