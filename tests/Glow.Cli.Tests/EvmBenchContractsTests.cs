using Glow.Cli.Bench;
using Glow.Core.Specs;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Evm.Processing;
using Glow.State;

namespace Glow.Cli.Tests;

public class EvmBenchContractsTests
{
    [Theory]
    [InlineData("arithmetic")]
    [InlineData("keccak")]
    [InlineData("memcopy")]
    [InlineData("erc20")]
    [InlineData("calls")]
    public void Every_benchmark_call_succeeds_under_Cancun(string name)
    {
        var contract = EvmBenchContracts.All.Single(c => c.Name == name);
        var state = WorldState.InMemory();
        state.AddBalance(EvmBenchContract.Caller, Core.Numerics.UInt256.One << 100);
        state.SetCode(EvmBenchContracts.Address, contract.Code);
        foreach (var (slot, value) in contract.Storage)
        {
            state.SetStorage(EvmBenchContracts.Address, slot, value);
        }

        state.FinishTransaction(false);
        var processor = new TransactionProcessor(Forks.Cancun, PrecompileMap.Empty);
        var block = new BlockContext { Coinbase = default, Number = 1, Timestamp = 1, GasLimit = 1_000_000_000, ChainId = 1 };
        foreach (var (data, gas) in contract.Calls.Take(3))
        {
            var tx = new Transaction { Nonce = state.GetNonce(EvmBenchContract.Caller), GasLimit = gas, To = EvmBenchContracts.Address, Data = data };
            var result = processor.Execute(state, block, tx, EvmBenchContract.Caller);

            Assert.True(result.Success, $"{name}: {result.Invalid?.ToString() ?? result.Status.ToString()}");
            Assert.True(result.GasUsed > 21_000 + 10_000, $"{name} used only {result.GasUsed} gas");
        }
    }
}
