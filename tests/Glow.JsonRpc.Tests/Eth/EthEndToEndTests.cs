using System.Text.Json;
using Glow.Core;
using Glow.Core.Encoding;
using Glow.Core.Transactions;
using Glow.JsonRpc.Client;
using Glow.Node.Dev;

namespace Glow.JsonRpc.Tests.Eth;

/// <summary>The eth namespace over a real dev chain and a real server, through the typed client.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes the server and client through IAsyncLifetime.DisposeAsync.")]
public sealed class EthEndToEndTests : IAsyncLifetime
{
    /// <summary>Runtime: calldata byte 1 stores the caller and logs the call value (LOG1, topic = block number); 2 reverts empty; else accepts.</summary>
    private static readonly byte[] LoggerRuntime = Hex.Decode("0x60003560f81c80600114601b5780600214602a57600314603057005b334355346000524360206000a1005b60006000fd5b33ff");

    /// <summary>Runtime: always reverts with Error("nope").</summary>
    private static readonly byte[] NopeRuntime = Hex.Decode(
        "0x6064600c60003960646000fd"
        + "08c379a0"
        + "0000000000000000000000000000000000000000000000000000000000000020"
        + "0000000000000000000000000000000000000000000000000000000000000004"
        + "6e6f706500000000000000000000000000000000000000000000000000000000");

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
    public async Task Chain_id_block_number_and_balances_are_quantities()
    {
        Assert.Equal("0x539", (await _client.CallAsync("eth_chainId")).GetString());
        Assert.Equal("0x0", (await _client.CallAsync("eth_blockNumber")).GetString());
        Assert.Equal("0x21e19e0c9bab2400000", (await _client.CallAsync("eth_getBalance", Account(0), "latest")).GetString());
        var accounts = await _client.CallAsync("eth_accounts");
        Assert.Equal(10, accounts.GetArrayLength());
    }

    [Fact]
    public async Task A_raw_transfer_is_mined_and_its_receipt_and_transaction_are_served()
    {
        var tx = Sign(0, 0, _chain.Accounts[1].Address, 12345);

        var hash = (await _client.CallAsync("eth_sendRawTransaction", Hex.Encode(TransactionEncoder.Encode(tx)))).GetString();

        Assert.Equal(tx.Hash.ToString(), hash);
        var receipt = await _client.CallAsync("eth_getTransactionReceipt", hash);
        Assert.Equal("0x1", receipt.GetProperty("status").GetString());
        Assert.Equal("0x1", receipt.GetProperty("blockNumber").GetString());
        Assert.Equal("0x5208", receipt.GetProperty("gasUsed").GetString());
        Assert.Equal(JsonValueKind.Null, receipt.GetProperty("contractAddress").ValueKind);
        var byHash = await _client.CallAsync("eth_getTransactionByHash", hash);
        Assert.Equal(Account(0), byHash.GetProperty("from").GetString());
        Assert.Equal("0x3039", byHash.GetProperty("value").GetString());
        Assert.Equal("0x1", (await _client.CallAsync("eth_getTransactionCount", Account(0), "latest")).GetString());
        Assert.Equal("0x1", (await _client.CallAsync("eth_getTransactionCount", Account(0), "pending")).GetString());
        var block = await _client.CallAsync("eth_getBlockByNumber", "latest", true);
        Assert.Equal(hash, block.GetProperty("transactions")[0].GetProperty("hash").GetString());
        Assert.True(block.TryGetProperty("baseFeePerGas", out _));
    }

    [Fact]
    public async Task Pool_refusals_use_geths_words()
    {
        await Send(Sign(0, 0, _chain.Accounts[1].Address, 1));

        var stale = await Assert.ThrowsAsync<RpcException>(() => Send(Sign(0, 0, _chain.Accounts[1].Address, 2)));
        var poor = await Assert.ThrowsAsync<RpcException>(() => Send(TransactionSigner.Sign(Unsigned(0, _chain.Accounts[1].Address, 1), Keccak(7))));

        Assert.Equal(-32000, stale.Code);
        Assert.Contains("nonce too low", stale.RpcMessage, StringComparison.Ordinal);
        Assert.Contains("insufficient funds for gas * price + value", poor.RpcMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reverting_call_answers_code_3_with_the_reason_and_the_data()
    {
        var created = await Deploy(NopeRuntime, 0);

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.CallAsync("eth_call", Json($"{{\"to\":\"{created}\",\"data\":\"0x\"}}"), "latest"));
        var estimate = await Assert.ThrowsAsync<RpcException>(() => _client.CallAsync("eth_estimateGas", Json($"{{\"from\":\"{Account(0)}\",\"to\":\"{created}\"}}")));

        Assert.Equal(3, error.Code);
        Assert.Equal("execution reverted: nope", error.RpcMessage);
        Assert.StartsWith("0x08c379a0", error.Data!.Value.GetString(), StringComparison.Ordinal);
        Assert.Equal(3, estimate.Code);
    }

    [Fact]
    public async Task Estimates_a_transfer_at_21000_and_a_storing_call_at_the_least_gas_that_succeeds()
    {
        var created = await Deploy(LoggerRuntime, 0);
        var transfer = await _client.CallAsync("eth_estimateGas", Json($"{{\"from\":\"{Account(0)}\",\"to\":\"{Account(1)}\",\"value\":\"0x1\"}}"));
        var store = await _client.CallAsync("eth_estimateGas", Json($"{{\"from\":\"{Account(0)}\",\"to\":\"{created}\",\"data\":\"0x01\"}}"));

        Assert.Equal("0x5208", transfer.GetString());
        var gas = Convert.ToUInt64(store.GetString(), 16);
        var tx = TransactionSigner.Sign(Unsigned(1, Address.Parse(created), 0, gas, [0x01]), _chain.Accounts[0].PrivateKey.Span);
        var receipt = await _client.CallAsync("eth_getTransactionReceipt", await Send(tx));
        Assert.Equal("0x1", receipt.GetProperty("status").GetString());
        var tight = TransactionSigner.Sign(Unsigned(2, Address.Parse(created), 0, gas * 98 / 100, [0x01]), _chain.Accounts[0].PrivateKey.Span);
        var failed = await _client.CallAsync("eth_getTransactionReceipt", await Send(tight));
        Assert.Equal("0x0", failed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Logs_are_found_by_address_and_topic()
    {
        var created = await Deploy(LoggerRuntime, 0);
        var hash = await Send(TransactionSigner.Sign(Unsigned(1, Address.Parse(created), 77, 100_000, [0x01]), _chain.Accounts[0].PrivateKey.Span));

        var logs = await _client.CallAsync("eth_getLogs", Json($"{{\"fromBlock\":\"0x0\",\"address\":\"{created}\"}}"));
        var none = await _client.CallAsync("eth_getLogs", Json($"{{\"fromBlock\":\"0x0\",\"address\":\"{created}\",\"topics\":[\"0x{new string('0', 64)}\"]}}"));

        var log = Assert.Single(logs.EnumerateArray());
        Assert.Equal(hash, log.GetProperty("transactionHash").GetString());
        Assert.Equal("0x2", log.GetProperty("blockNumber").GetString());
        Assert.Equal(0, none.GetArrayLength());
    }

    [Fact]
    public async Task Http_filters_collect_new_blocks_pending_transactions_and_logs_until_polled()
    {
        var created = await Deploy(LoggerRuntime, 0);
        var blocks = (await _client.CallAsync("eth_newBlockFilter")).GetString()!;
        var logs = (await _client.CallAsync("eth_newFilter", Json($"{{\"address\":\"{created}\"}}"))).GetString()!;
        var pending = (await _client.CallAsync("eth_newPendingTransactionFilter")).GetString()!;

        var hash = await Send(TransactionSigner.Sign(Unsigned(1, Address.Parse(created), 5, 100_000, [0x01]), _chain.Accounts[0].PrivateKey.Span));

        var newBlocks = await _client.CallAsync("eth_getFilterChanges", blocks);
        var newLogs = await _client.CallAsync("eth_getFilterChanges", logs);
        var newPending = await _client.CallAsync("eth_getFilterChanges", pending);
        Assert.Equal(1, newBlocks.GetArrayLength());
        Assert.Equal(hash, Assert.Single(newLogs.EnumerateArray()).GetProperty("transactionHash").GetString());
        Assert.Equal(hash, Assert.Single(newPending.EnumerateArray()).GetString());
        Assert.Equal(0, (await _client.CallAsync("eth_getFilterChanges", blocks)).GetArrayLength());
        Assert.Equal(1, (await _client.CallAsync("eth_getFilterLogs", logs)).GetArrayLength());
        Assert.True((await _client.CallAsync("eth_uninstallFilter", blocks)).GetBoolean());
        var gone = await Assert.ThrowsAsync<RpcException>(() => _client.CallAsync("eth_getFilterChanges", blocks));
        Assert.Equal("filter not found", gone.RpcMessage);
    }

    [Fact]
    public async Task WebSocket_subscriptions_deliver_new_heads_and_logs()
    {
        var created = await Deploy(LoggerRuntime, 0);
        await using var socket = await WebSocketRpcClient.ConnectAsync(_node.Server.WebSocketUri);
        var heads = await socket.SubscribeAsync("eth_subscribe", "newHeads");
        var logs = await socket.SubscribeAsync("eth_subscribe", "logs", Json($"{{\"address\":\"{created}\"}}"));
        var overHttp = await Assert.ThrowsAsync<RpcException>(() => _client.CallAsync("eth_subscribe", "newHeads"));

        var hash = await Send(TransactionSigner.Sign(Unsigned(1, Address.Parse(created), 5, 100_000, [0x01]), _chain.Accounts[0].PrivateKey.Span));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var head = await heads.Notifications.ReadAsync(timeout.Token);
        var log = await logs.Notifications.ReadAsync(timeout.Token);
        Assert.Equal("0x2", head.GetProperty("number").GetString());
        Assert.False(head.TryGetProperty("transactions", out _));
        Assert.Equal(hash, log.GetProperty("transactionHash").GetString());
        Assert.Equal("notifications not supported", overHttp.RpcMessage);
    }

    [Fact]
    public async Task Account_proofs_start_at_the_blocks_state_root()
    {
        var created = await Deploy(LoggerRuntime, 0);
        await Send(TransactionSigner.Sign(Unsigned(1, Address.Parse(created), 5, 100_000, [0x01]), _chain.Accounts[0].PrivateKey.Span));
        var block = await _client.CallAsync("eth_getBlockByNumber", "latest", false);

        var proof = await _client.CallAsync("eth_getProof", created, Json("[\"0x2\"]"), "latest");

        var first = Hex.Decode(proof.GetProperty("accountProof")[0].GetString()!);
        Assert.Equal(block.GetProperty("stateRoot").GetString(), Core.Crypto.Keccak256.Compute(first).ToString());
        Assert.Equal("0x5", proof.GetProperty("balance").GetString());
        var slot = Assert.Single(proof.GetProperty("storageProof").EnumerateArray());
        Assert.Equal(Account(0), "0x" + slot.GetProperty("value").GetString()![2..].PadLeft(40, '0'));
    }

    [Fact]
    public async Task Txpool_status_and_content_show_queued_transactions()
    {
        await Send(Sign(0, 3, _chain.Accounts[1].Address, 1));

        var status = await _client.CallAsync("txpool_status");
        var content = await _client.CallAsync("txpool_content");

        Assert.Equal("0x0", status.GetProperty("pending").GetString());
        Assert.Equal("0x1", status.GetProperty("queued").GetString());
        Assert.True(content.GetProperty("queued").GetProperty(_chain.Accounts[0].Address.ToChecksumString()).TryGetProperty("3", out _));
    }

    [Fact]
    public async Task Traces_give_struct_logs_and_call_frames_and_access_lists_name_the_touched_slots()
    {
        var created = await Deploy(LoggerRuntime, 0);
        var hash = await Send(TransactionSigner.Sign(Unsigned(1, Address.Parse(created), 5, 100_000, [0x01]), _chain.Accounts[0].PrivateKey.Span));

        var structLogs = await _client.CallAsync("debug_traceTransaction", hash);
        var calls = await _client.CallAsync("debug_traceTransaction", hash, Json("{\"tracer\":\"callTracer\"}"));
        var traceCall = await _client.CallAsync("debug_traceCall", Json($"{{\"from\":\"{Account(0)}\",\"to\":\"{created}\",\"data\":\"0x02\"}}"), "latest", Json("{\"tracer\":\"callTracer\"}"));
        var accessList = await _client.CallAsync("eth_createAccessList", Json($"{{\"from\":\"{Account(0)}\",\"to\":\"{created}\",\"data\":\"0x01\"}}"), "latest");

        Assert.False(structLogs.GetProperty("failed").GetBoolean());
        var ops = structLogs.GetProperty("structLogs").EnumerateArray().Select(s => s.GetProperty("op").GetString()).ToList();
        Assert.Contains("SSTORE", ops);
        Assert.Contains("LOG1", ops);
        Assert.Equal("CALL", calls.GetProperty("type").GetString());
        Assert.Equal(created, calls.GetProperty("to").GetString());
        Assert.Equal("execution reverted", traceCall.GetProperty("error").GetString());
        var entry = Assert.Single(accessList.GetProperty("accessList").EnumerateArray());
        Assert.Equal(created, entry.GetProperty("address").GetString());
        Assert.Single(entry.GetProperty("storageKeys").EnumerateArray());
    }

    [Theory]
    [InlineData("eth_getBalance", "[\"0x1234\", \"latest\"]", -32602, "invalid argument 0")]
    [InlineData("eth_getBlockByNumber", "[\"0x01\", false]", -32602, "invalid argument 0")]
    [InlineData("eth_getBlockByNumber", "[\"latest\"]", -32602, "missing value for required argument 1")]
    [InlineData("eth_call", "[{\"to\":\"0x00000000000000000000000000000000000000aa\",\"gas\":5}, \"latest\"]", -32602, "invalid argument 0")]
    [InlineData("eth_getLogs", "[{\"fromBlock\":\"0x2\",\"toBlock\":\"0x1\"}]", -32000, "invalid block range params")]
    [InlineData("eth_sendRawTransaction", "[\"0xdeadbeef\"]", -32000, "rlp")]
    [InlineData("eth_getBalance", "[\"0x00000000000000000000000000000000000000aa\", \"0x99\"]", -32000, "header not found")]
    [InlineData("eth_chainId", "[1]", -32602, "too many arguments")]
    [InlineData("eth_noSuchMethod", "[]", -32601, "the method eth_noSuchMethod does not exist/is not available")]
    public async Task Bad_requests_get_the_right_error_code_and_message_with_http_200(string method, string parameters, int code, string message)
    {
        using var http = new HttpClient();
        using var content = new StringContent($"{{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"{method}\",\"params\":{parameters}}}", System.Text.Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(_node.Server.HttpUri, content);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var error = body.RootElement.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetInt32());
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, body.RootElement.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Unknown_blocks_transactions_and_receipts_answer_null()
    {
        var missing = "0x" + new string('a', 64);

        Assert.Equal(JsonValueKind.Null, (await _client.CallAsync("eth_getBlockByNumber", "0x99", false)).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await _client.CallAsync("eth_getBlockByHash", missing, false)).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await _client.CallAsync("eth_getTransactionByHash", missing)).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await _client.CallAsync("eth_getTransactionReceipt", missing)).ValueKind);
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Raw_header_block_receipts_and_transaction_are_the_stored_consensus_encodings()
    {
        var hash = await Send(Sign(0, 0, _chain.Accounts[1].Address, 7));
        var block = _chain.Tree.Chain.GetBlock(1)!;

        Assert.Equal(Hex.Encode(Core.Blocks.BlockHeaderCodec.Encode(block.Header)), (await _client.CallAsync("debug_getRawHeader", "0x1")).GetString());
        Assert.Equal(Hex.Encode(Core.Blocks.BlockCodec.Encode(block)), (await _client.CallAsync("debug_getRawBlock", block.Hash.ToString())).GetString());
        Assert.Equal(Hex.Encode(Core.Blocks.BlockCodec.Encode(block)), (await _client.CallAsync("debug_getRawBlock", "latest")).GetString());
        var receipts = await _client.CallAsync("debug_getRawReceipts", "0x1");
        var receipt = Assert.Single(receipts.EnumerateArray());
        Assert.Equal(Hex.Encode(Core.Blocks.ReceiptCodec.Encode(_chain.Tree.Chain.GetReceipts(block.Hash)![0])), receipt.GetString());
        Assert.StartsWith("0x02", receipt.GetString(), StringComparison.Ordinal);
        var raw = (await _client.CallAsync("debug_getRawTransaction", hash)).GetString()!;
        Assert.Equal(hash, TransactionDecoder.Decode(Hex.Decode(raw)).Hash.ToString());
        Assert.Equal(JsonValueKind.Null, (await _client.CallAsync("debug_getRawTransaction", "0x" + new string('1', 64))).ValueKind);
        Assert.Equal(0, (await _client.CallAsync("debug_getRawReceipts", "0x0")).GetArrayLength());
        var missing = await Assert.ThrowsAsync<RpcException>(() => _client.CallAsync("debug_getRawBlock", "0x99"));
        Assert.Equal(-32000, missing.Code);
        Assert.Equal("block \"0x99\" not found", missing.RpcMessage);
        var badHash = await Assert.ThrowsAsync<RpcException>(() => _client.CallAsync("debug_getRawTransaction", new string('1', 64)));
        Assert.Equal(-32602, badHash.Code);
    }

    [Theory]
    [InlineData("0x0")]
    [InlineData("0x00")]
    [InlineData("0x000")]
    [InlineData("0x0000000000000000000000000000000000000000000000000000000000000000")]
    public async Task Storage_keys_are_read_as_geth_reads_them(string key)
    {
        var value = await _client.CallAsync("eth_getStorageAt", Account(0), key, "latest");

        Assert.Equal("0x" + new string('0', 64), value.GetString());
    }

    [Theory]
    [InlineData("0x00000000000000000000000000000000000000000000000000000000000000000", "unable to decode storage key: hex string too long, want at most 32 bytes")]
    [InlineData("0xasdf", "unable to decode storage key: hex string invalid")]
    [InlineData("01", "unable to decode storage key: hex string invalid")]
    public async Task Undecodable_storage_keys_are_server_errors_as_in_geth(string key, string message)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.CallAsync("eth_getStorageAt", Account(0), key, "latest"));

        Assert.Equal(-32000, error.Code);
        Assert.Equal(message, error.RpcMessage);
    }

    [Fact]
    public async Task Blocks_have_no_total_difficulty_and_plain_transactions_no_blob_fields()
    {
        var hash = await Send(Sign(0, 0, _chain.Accounts[1].Address, 7));

        var block = await _client.CallAsync("eth_getBlockByNumber", "0x1", true);
        Assert.False(block.TryGetProperty("totalDifficulty", out _));
        Assert.Equal("0x0", block.GetProperty("blobGasUsed").GetString());
        var tx = block.GetProperty("transactions")[0];
        Assert.False(tx.TryGetProperty("maxFeePerBlobGas", out _));
        Assert.False(tx.TryGetProperty("blobVersionedHashes", out _));
        var receipt = await _client.CallAsync("eth_getTransactionReceipt", hash);
        Assert.False(receipt.TryGetProperty("blobGasUsed", out _));
        Assert.False(receipt.TryGetProperty("blobGasPrice", out _));
        Assert.Equal("0x1", (await _client.CallAsync("eth_blobBaseFee")).GetString());
    }

    [Fact]
    public async Task Fee_history_gives_ratios_as_numbers_and_blob_fees_per_block_and_next()
    {
        await Send(Sign(0, 0, _chain.Accounts[1].Address, 7));

        var history = await _client.CallAsync("eth_feeHistory", "0x2", "latest", Json("[50]"));

        Assert.Equal("0x0", history.GetProperty("oldestBlock").GetString());
        Assert.Equal(["0x1", "0x1", "0x1"], history.GetProperty("baseFeePerBlobGas").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([0d, 0d], history.GetProperty("blobGasUsedRatio").EnumerateArray().Select(e => e.GetDouble()));
        var gasLimit = ulong.Parse(_chain.Tree.Head.GasLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([0d, 21_000d / gasLimit], history.GetProperty("gasUsedRatio").EnumerateArray().Select(e => e.GetDouble()));
    }

    [Fact]
    public async Task A_blob_transaction_in_either_form_is_refused_for_its_type_on_our_chain()
    {
        var networkForm = Hex.Encode(TestKit.SendBlobTxVector.RawTransaction);
        var tx = TransactionDecoder.DecodeNetworkForm(TestKit.SendBlobTxVector.RawTransaction, out _);

        foreach (var raw in new[] { networkForm, Hex.Encode(TransactionEncoder.Encode(tx)) })
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => _client.CallAsync("eth_sendRawTransaction", raw));
            Assert.Equal(-32000, error.Code);
            Assert.Equal("transaction type not supported", error.RpcMessage);
        }
    }

    private string Account(int index) => _chain.Accounts[index].Address.ToString();

    private async Task<string> Send(Transaction tx) =>
        (await _client.CallAsync("eth_sendRawTransaction", Hex.Encode(TransactionEncoder.Encode(tx)))).GetString()!;

    private async Task<string> Deploy(byte[] runtime, ulong nonce)
    {
        var code = Evm.Instructions.BytecodeBuilder.Deploying(runtime).ToArray();
        var tx = TransactionSigner.Sign(Unsigned(nonce, null, 0, 300_000, code), _chain.Accounts[0].PrivateKey.Span);
        var receipt = await _client.CallAsync("eth_getTransactionReceipt", await Send(tx));
        return receipt.GetProperty("contractAddress").GetString()!;
    }

    private Transaction Sign(int from, ulong nonce, Address to, ulong value) =>
        TransactionSigner.Sign(Unsigned(nonce, to, value), _chain.Accounts[from].PrivateKey.Span);

    private static Transaction Unsigned(ulong nonce, Address? to, ulong value, ulong gas = 21_000, byte[]? data = null) => new()
    {
        Type = TxType.DynamicFee,
        ChainId = 1337UL,
        Nonce = nonce,
        MaxPriorityFeePerGas = 1_000_000_000UL,
        MaxFeePerGas = 100_000_000_000UL,
        GasLimit = gas,
        To = to,
        Value = value,
        Data = data ?? [],
    };

    private static byte[] Keccak(int seed) => Core.Crypto.Keccak256.Compute([(byte)seed]).Bytes.ToArray();
}
