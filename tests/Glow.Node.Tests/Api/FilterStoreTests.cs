using Glow.Core;
using Glow.Node.Api;
using Glow.Node.Dev;
using Glow.Node.Tests.Support;

namespace Glow.Node.Tests.Api;

public sealed class FilterStoreTests
{
    [Fact]
    public void A_filter_not_polled_for_five_minutes_is_removed()
    {
        var time = new ManualTime(1_800_000_000);
        using var chain = DevChain.Open(new DevChainOptions(), time);
        var filters = chain.Api.Filters;
        var idle = filters.NewBlockFilter();
        var polled = filters.NewBlockFilter();

        time.Advance(200);
        filters.GetChanges(polled);
        time.Advance(200);
        chain.Mine();

        Assert.Equal("filter not found", Assert.Throws<ChainQueryException>(() => filters.GetChanges(idle)).Message);
        Assert.Single(filters.GetChanges(polled).Hashes);
    }

    [Fact]
    public void Log_filters_report_logs_of_blocks_undone_by_a_rewind_as_removed()
    {
        using var chain = DevChain.Open(new DevChainOptions(), new ManualTime(1_800_000_000));
        var snapshot = chain.Snapshot();
        var created = Deploy(chain);
        var id = chain.Api.Filters.NewLogFilter(new LogFilter { Addresses = [created] });
        chain.SendTransaction(chain.Accounts[0].Address, Call(created, 1));
        Assert.False(Assert.Single(chain.Api.Filters.GetChanges(id).Logs).Removed);

        chain.Revert(snapshot);

        var removed = Assert.Single(chain.Api.Filters.GetChanges(id).Logs);
        Assert.True(removed.Removed);
    }

    [Fact]
    public void Log_queries_refuse_ranges_and_result_counts_above_the_limits()
    {
        using var chain = DevChain.Open(new DevChainOptions(), new ManualTime(1_800_000_000));
        var created = Deploy(chain);
        for (ulong i = 0; i < 3; i++)
        {
            chain.SendTransaction(chain.Accounts[0].Address, Call(created, 1 + i));
        }

        var query = new ChainQuery(chain.Tree, chain.Pool, new ChainQueryOptions { MaxLogBlockRange = 2, MaxLogResults = 1 });
        var all = new LogFilter { FromBlock = BlockTag.OfNumber(0), ToBlock = BlockTag.Latest, Addresses = [created] };

        Assert.Equal("query exceeds max block range 2", Assert.Throws<ChainQueryException>(() => query.GetLogs(all)).Message);
        Assert.Equal("query returned more than 1 results", Assert.Throws<ChainQueryException>(() => query.GetLogs(all with { FromBlock = BlockTag.OfNumber(3) })).Message);
        Assert.Single(query.GetLogs(all with { FromBlock = BlockTag.OfNumber(4) }));
        Assert.Equal("invalid block range params", Assert.Throws<ChainQueryException>(() => query.GetLogs(all with { FromBlock = BlockTag.OfNumber(4), ToBlock = BlockTag.OfNumber(3) })).Message);
    }

    /// <summary>Deploys a contract whose every call logs (LOG0 of empty data) and returns.</summary>
    private static Address Deploy(DevChain chain)
    {
        // Runtime: PUSH1 0, PUSH1 0, LOG0, STOP.
        var code = Evm.Instructions.BytecodeBuilder.Deploying([0x60, 0x00, 0x60, 0x00, 0xa0, 0x00]).ToArray();
        var (tx, result) = chain.SendTransaction(chain.Accounts[0].Address, new Core.Transactions.Transaction
        {
            Type = Core.Transactions.TxType.DynamicFee,
            ChainId = chain.Spec.ChainId,
            Nonce = chain.Pool.GetPendingNonce(chain.Accounts[0].Address),
            MaxFeePerGas = 100_000_000_000UL,
            MaxPriorityFeePerGas = 1UL,
            GasLimit = 200_000,
            Data = code,
        });
        Assert.True(result.IsAccepted, result.Message);
        return chain.Api.Query.GetReceipt(tx.Hash)!.ContractAddress!.Value;
    }

    private static Core.Transactions.Transaction Call(Address to, ulong nonce) => new()
    {
        Type = Core.Transactions.TxType.DynamicFee,
        ChainId = 1337UL,
        Nonce = nonce,
        MaxFeePerGas = 100_000_000_000UL,
        MaxPriorityFeePerGas = 1UL,
        GasLimit = 50_000,
        To = to,
    };
}
