using System.Text.Json;
using Glow.Core;
using Glow.JsonRpc.Client;
using Glow.Node.Dev;

namespace Glow.JsonRpc.Tests.Dev;

/// <summary>Dev mode's evm_, anvil_/hardhat_ and signing methods against a real dev chain and server.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes the server and client through IAsyncLifetime.DisposeAsync.")]
public sealed class DevModuleTests : IAsyncLifetime
{
    private DevNodeServer _node = null!;
    private DevChain _chain = null!;
    private HttpRpcClient _client = null!;

    public async Task InitializeAsync()
    {
        _node = await DevNodeServer.StartAsync();
        (_chain, _client) = (_node.Chain, _node.Client);
    }

    public async Task DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task Revert_to_a_snapshot_restores_blocks_balances_and_drops_the_transactions_sent_since()
    {
        var snapshot = (await _client.CallAsync("evm_snapshot")).GetString();
        var hash = await SendFrom(Account(0), Account(1), "0x64");
        Assert.Equal("0x1", (await _client.CallAsync("eth_blockNumber")).GetString());

        Assert.True((await _client.CallAsync("evm_revert", snapshot)).GetBoolean());

        Assert.Equal("0x0", (await _client.CallAsync("eth_blockNumber")).GetString());
        Assert.Equal(JsonValueKind.Null, (await _client.CallAsync("eth_getTransactionReceipt", hash)).ValueKind);
        Assert.Equal("0x0", (await _client.CallAsync("eth_getTransactionCount", Account(0), "pending")).GetString());
        Assert.False((await _client.CallAsync("evm_revert", snapshot)).GetBoolean());
    }

    [Fact]
    public async Task Time_moves_with_increase_time_and_next_block_timestamp()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        await _client.CallAsync("evm_increaseTime", 3600);
        await _client.CallAsync("evm_mine");
        var first = Convert.ToInt64((await _client.CallAsync("eth_getBlockByNumber", "latest", false)).GetProperty("timestamp").GetString(), 16);
        await _client.CallAsync("evm_setNextBlockTimestamp", "0x" + (first + 1000).ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        await _client.CallAsync("evm_mine");
        var second = Convert.ToInt64((await _client.CallAsync("eth_getBlockByNumber", "latest", false)).GetProperty("timestamp").GetString(), 16);
        var stale = await Assert.ThrowsAsync<RpcException>(() => _client.CallAsync("evm_setNextBlockTimestamp", "0x1"));

        Assert.InRange(first, before + 3600, before + 3700);
        Assert.Equal(first + 1000, second);
        Assert.Equal(-32000, stale.Code);
    }

    [Fact]
    public async Task Without_automine_transactions_wait_for_evm_mine()
    {
        await _client.CallAsync("evm_setAutomine", false);
        var hash = await SendFrom(Account(0), Account(1), "0x1");

        Assert.Equal("0x0", (await _client.CallAsync("eth_blockNumber")).GetString());
        Assert.Equal("0x1", (await _client.CallAsync("eth_getTransactionCount", Account(0), "pending")).GetString());
        await _client.CallAsync("evm_mine");
        Assert.Equal("0x1", (await _client.CallAsync("eth_getTransactionReceipt", hash)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_pending_transaction_can_be_dropped_from_the_pool()
    {
        await _client.CallAsync("evm_setAutomine", false);
        var hash = await SendFrom(Account(0), Account(1), "0x1");

        var dropped = await _client.CallAsync("anvil_dropTransaction", hash);
        var again = await _client.CallAsync("hardhat_dropTransaction", hash);

        Assert.Equal(hash, dropped.GetString());
        Assert.Equal(JsonValueKind.Null, again.ValueKind);
        Assert.Equal("0x0", (await _client.CallAsync("eth_getTransactionCount", Account(0), "pending")).GetString());
        await _client.CallAsync("evm_mine");
        Assert.Equal(JsonValueKind.Null, (await _client.CallAsync("eth_getTransactionReceipt", hash)).ValueKind);
    }

    [Fact]
    public async Task State_edits_apply_under_both_names()
    {
        var target = "0x00000000000000000000000000000000deadbeef";
        await _client.CallAsync("anvil_setBalance", target, "0xde0b6b3a7640000");
        await _client.CallAsync("hardhat_setCode", target, "0x6001600055");
        await _client.CallAsync("anvil_setNonce", target, "0x7");
        await _client.CallAsync("hardhat_setStorageAt", target, "0x2", "0x" + new string('0', 62) + "2a");

        Assert.Equal("0xde0b6b3a7640000", (await _client.CallAsync("eth_getBalance", target, "latest")).GetString());
        Assert.Equal("0x6001600055", (await _client.CallAsync("eth_getCode", target, "latest")).GetString());
        Assert.Equal("0x7", (await _client.CallAsync("eth_getTransactionCount", target, "latest")).GetString());
        Assert.EndsWith("2a", (await _client.CallAsync("eth_getStorageAt", target, "0x2", "latest")).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_impersonated_account_sends_without_its_key_and_others_are_refused()
    {
        var whale = "0x00000000000000000000000000000000000b0b0b";
        var refused = await Assert.ThrowsAsync<RpcException>(() => SendFrom(whale, Account(1), "0x1"));
        await _client.CallAsync("anvil_setBalance", whale, "0xde0b6b3a7640000");
        await _client.CallAsync("anvil_impersonateAccount", whale);

        var hash = await SendFrom(whale, Account(1), "0x5");

        var receipt = await _client.CallAsync("eth_getTransactionReceipt", hash);
        Assert.Equal("0x1", receipt.GetProperty("status").GetString());
        Assert.Equal(whale, receipt.GetProperty("from").GetString());
        Assert.Contains("unknown account", refused.RpcMessage, StringComparison.Ordinal);
        await _client.CallAsync("anvil_stopImpersonatingAccount", whale);
        await Assert.ThrowsAsync<RpcException>(() => SendFrom(whale, Account(1), "0x1"));
    }

    [Fact]
    public async Task Eth_sign_produces_a_personal_signature_of_the_account()
    {
        var signature = Core.Encoding.Hex.Decode((await _client.CallAsync("eth_sign", Account(0), "0x68656c6c6f")).GetString()!);
        var prefix = System.Text.Encoding.ASCII.GetBytes("\u0019Ethereum Signed Message:\n5hello");
        var hash = Core.Crypto.Keccak256.Compute(prefix);
        Span<byte> publicKey = stackalloc byte[64];

        Assert.Equal(65, signature.Length);
        Assert.True(Core.Crypto.Secp256k1.TryRecover(hash.Bytes, signature.AsSpan(0, 64), signature[64] - 27, publicKey));
        Assert.Equal(_chain.Accounts[0].Address, Address.FromPublicKey(publicKey));
    }

    [Theory]
    [InlineData("anvil_reset")]
    [InlineData("hardhat_reset")]
    public async Task Reset_returns_to_genesis_and_forgets_snapshots_impersonations_and_time(string method)
    {
        var genesisBalance = (await _client.CallAsync("eth_getBalance", Account(0), "latest")).GetString();
        var snapshot = (await _client.CallAsync("evm_snapshot")).GetString();
        await SendFrom(Account(0), Account(1), "0x64");
        await _client.CallAsync("evm_increaseTime", "0x1000");
        var whale = "0x00000000000000000000000000000000000b0b0b";
        await _client.CallAsync("anvil_impersonateAccount", whale);

        Assert.True((await _client.CallAsync(method)).GetBoolean());

        Assert.Equal("0x0", (await _client.CallAsync("eth_blockNumber")).GetString());
        Assert.Equal(genesisBalance, (await _client.CallAsync("eth_getBalance", Account(0), "latest")).GetString());
        Assert.False((await _client.CallAsync("evm_revert", snapshot)).GetBoolean());
        Assert.Equal(0, _chain.TimeOffset);
        Assert.False(_chain.CanSendFrom(Core.Address.Parse(whale)));
        await SendFrom(Account(0), Account(1), "0x1");
        Assert.Equal("0x1", (await _client.CallAsync("eth_blockNumber")).GetString());
    }

    [Fact]
    public async Task Reset_takes_an_empty_options_object_and_refuses_forking()
    {
        using var empty = JsonDocument.Parse("{}");
        using var forking = JsonDocument.Parse("""{"forking":{"jsonRpcUrl":"http://example:8545"}}""");
        Assert.True((await _client.CallAsync("anvil_reset", empty.RootElement.Clone())).GetBoolean());

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.CallAsync("hardhat_reset", forking.RootElement.Clone()));

        Assert.Equal(-32602, error.Code);
        Assert.Contains("forking is not supported", error.RpcMessage, StringComparison.Ordinal);
        var wrongType = await Assert.ThrowsAsync<RpcException>(() => _client.CallAsync("anvil_reset", "now"));
        Assert.Equal(-32602, wrongType.Code);
    }

    [Theory]
    [InlineData("anvil_mine", "[\"0x186a1\"]", -32602, "at most 100000 blocks per call")]
    [InlineData("hardhat_mine", "[\"0x2\",\"0x7fffffffffffffff\"]", -32602, "seconds between blocks")]
    [InlineData("evm_mine", "[\"0x8000000000000000\"]", -32602, "a timestamp is at most 9223372036854775807")]
    [InlineData("evm_setNextBlockTimestamp", "[\"0xffffffffffffffff\"]", -32000, "is above the largest dev mode sets")]
    [InlineData("evm_increaseTime", "[\"0xffffffffffffffff\"]", -32602, "seconds at a time")]
    [InlineData("evm_setIntervalMining", "[\"0xffffffffffffffff\"]", -32602, "seconds between blocks")]
    public async Task Mining_and_time_requests_that_would_run_away_or_overflow_are_refused(string method, string parameters, int code, string message)
    {
        using var document = JsonDocument.Parse(parameters);

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.CallAsync(method, [.. document.RootElement.EnumerateArray().Select(e => (object)e.Clone())]));

        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.RpcMessage, StringComparison.Ordinal);
        Assert.Equal("0x0", (await _client.CallAsync("eth_blockNumber")).GetString());
        Assert.Equal(0, _chain.TimeOffset);
    }

    [Fact]
    public async Task An_impersonated_contract_sends_transactions_that_trace_and_others_with_code_cannot()
    {
        const string Contract = "0x00000000000000000000000000000000000c0de0";
        await _client.CallAsync("anvil_setCode", Contract, "0x00");
        await _client.CallAsync("anvil_setBalance", Contract, "0xde0b6b3a7640000");
        await _client.CallAsync("anvil_impersonateAccount", Contract);

        var hash = await SendFrom(Contract, Account(1), "0x5");

        var receipt = await _client.CallAsync("eth_getTransactionReceipt", hash);
        Assert.Equal("0x1", receipt.GetProperty("status").GetString());
        Assert.Equal(Contract, receipt.GetProperty("from").GetString());
        var trace = await _client.CallAsync("debug_traceTransaction", hash);
        Assert.False(trace.GetProperty("failed").GetBoolean());

        // Once impersonation stops, a transaction from the contract is refused (no key) and EIP-3607 holds again.
        await _client.CallAsync("anvil_stopImpersonatingAccount", Contract);
        await Assert.ThrowsAsync<RpcException>(() => SendFrom(Contract, Account(1), "0x1"));
    }

    [Fact]
    public async Task State_edits_mine_no_block_and_a_freshly_funded_key_sends_at_once()
    {
        var key = Core.Crypto.Keccak256.Compute("fresh key"u8).Bytes.ToArray();
        Span<byte> publicKey = stackalloc byte[64];
        Assert.True(Core.Crypto.Secp256k1.CreatePublicKey(key, publicKey));
        var fresh = Address.FromPublicKey(publicKey);
        await _client.CallAsync("hardhat_setBalance", fresh.ToString(), "0xde0b6b3a7640000");
        await _client.CallAsync("anvil_setNonce", fresh.ToString(), "0x3");

        Assert.Equal("0x0", (await _client.CallAsync("eth_blockNumber")).GetString());
        Assert.Equal("0xde0b6b3a7640000", (await _client.CallAsync("eth_getBalance", fresh.ToString(), "latest")).GetString());
        Assert.Equal("0x3", (await _client.CallAsync("eth_getTransactionCount", fresh.ToString(), "pending")).GetString());
        using var call = JsonDocument.Parse($"{{\"from\":\"{fresh}\",\"to\":\"{Account(1)}\",\"value\":\"0x1\"}}");
        Assert.Equal("0x5208", (await _client.CallAsync("eth_estimateGas", call.RootElement.Clone())).GetString());
        using var noSlots = JsonDocument.Parse("[]");
        var proofError = await Assert.ThrowsAsync<RpcException>(() => _client.CallAsync("eth_getProof", fresh.ToString(), noSlots.RootElement.Clone(), "latest"));
        Assert.Contains("evm_mine", proofError.RpcMessage, StringComparison.Ordinal);

        var tx = Core.Transactions.TransactionSigner.Sign(
            new Core.Transactions.Transaction
            {
                Type = Core.Transactions.TxType.DynamicFee,
                ChainId = 1337UL,
                Nonce = 3,
                MaxPriorityFeePerGas = 1_000_000_000UL,
                MaxFeePerGas = 100_000_000_000UL,
                GasLimit = 21_000,
                To = _chain.Accounts[1].Address,
                Value = 1,
            },
            key);
        var hash = (await _client.CallAsync("eth_sendRawTransaction", Core.Encoding.Hex.Encode(Core.Transactions.TransactionEncoder.Encode(tx)))).GetString();

        var receipt = await _client.CallAsync("eth_getTransactionReceipt", hash);
        Assert.Equal("0x1", receipt.GetProperty("blockNumber").GetString());
        Assert.Equal("0x1", receipt.GetProperty("status").GetString());
        Assert.False((await _client.CallAsync("debug_traceTransaction", hash)).GetProperty("failed").GetBoolean());
        var proof = await _client.CallAsync("eth_getProof", fresh.ToString(), noSlots.RootElement.Clone(), "latest");
        Assert.Equal("0x4", proof.GetProperty("nonce").GetString());
        // The mined edits are not applied again on top of the block that carries them.
        Assert.Equal("0x4", (await _client.CallAsync("eth_getTransactionCount", fresh.ToString(), "pending")).GetString());
        Assert.Equal("0x4", (await _client.CallAsync("eth_getTransactionCount", fresh.ToString(), "latest")).GetString());
        Assert.NotEqual("0xde0b6b3a7640000", (await _client.CallAsync("eth_getBalance", fresh.ToString(), "latest")).GetString());
    }

    private string Account(int index) => _chain.Accounts[index].Address.ToString();

    private async Task<string> SendFrom(string from, string to, string value)
    {
        using var document = JsonDocument.Parse($"{{\"from\":\"{from}\",\"to\":\"{to}\",\"value\":\"{value}\"}}");
        return (await _client.CallAsync("eth_sendTransaction", document.RootElement.Clone())).GetString()!;
    }
}
