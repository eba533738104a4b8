using System.Diagnostics;
using System.Globalization;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Evm.Processing;
using Glow.State;

namespace Glow.Cli.Bench;

/// <summary>
/// <c>utg bench evm</c>: runs each of <see cref="EvmBenchContracts.All"/> as transactions under Cancun and reports
/// MGas/s (execution gas, intrinsic gas left out, per wall-clock second, median of the rounds). When Node.js and
/// <c>benchmarks/js/node_modules/@ethereumjs/evm</c> are present it runs the same code and call data in ethereumjs's
/// EVM (<c>benchmarks/js/evm-bench.mjs</c>) in the same run and prints the ratio.
/// </summary>
internal sealed class EvmBenchmark : IQuickBenchmark
{
    public string Name => "evm";

    public string Description => "EVM MGas/s on five contracts (arithmetic, keccak, memcopy, erc20, calls), with ethereumjs side by side";

    public void Run(int rounds, TextWriter output)
    {
        var ours = new Dictionary<string, (double MGasPerSecond, ulong Gas)>();
        foreach (var contract in EvmBenchContracts.All)
        {
            ours[contract.Name] = Measure(contract, rounds, output);
        }

        var reference = EthereumJsReference.Run(EvmBenchContracts.All, rounds, output);
        output.WriteLine();
        output.WriteLine("contract     Glow MGas/s   ethereumjs MGas/s   ratio");
        foreach (var contract in EvmBenchContracts.All)
        {
            var (mgas, gas) = ours[contract.Name];
            var line = string.Create(CultureInfo.InvariantCulture, $"{contract.Name,-12} {mgas,11:F1}");
            if (reference is not null && reference.TryGetValue(contract.Name, out var js))
            {
                line += string.Create(CultureInfo.InvariantCulture, $"   {js.MGasPerSecond,17:F2}   {mgas / js.MGasPerSecond,5:F1}x");
                if (js.Gas != gas)
                {
                    line += $"   (gas differs: Glow {gas}, ethereumjs {js.Gas})";
                }
            }

            output.WriteLine(line);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median arithmetic loop: {ours["arithmetic"].MGasPerSecond:F1} MGas/s"));
    }

    /// <summary>Runs one contract's calls for a warm-up round and <paramref name="rounds"/> timed rounds.</summary>
    private static (double MGasPerSecond, ulong Gas) Measure(EvmBenchContract contract, int rounds, TextWriter output)
    {
        var state = WorldState.InMemory();
        state.AddBalance(EvmBenchContract.Caller, UInt256.One << 200);
        state.SetCode(EvmBenchContracts.Address, contract.Code);
        foreach (var (slot, value) in contract.Storage)
        {
            state.SetStorage(EvmBenchContracts.Address, slot, value);
        }

        state.FinishTransaction(false);
        state.Commit(0);
        var processor = new TransactionProcessor(Forks.Cancun, PrecompileMap.Empty);
        var block = new BlockContext
        {
            Coinbase = default,
            Number = 1,
            Timestamp = 1,
            GasLimit = 1_000_000_000,
            ChainId = 1,
        };

        ulong gas = 0;
        void Round()
        {
            gas = 0;
            foreach (var (data, gasLimit) in contract.Calls)
            {
                var tx = new Transaction
                {
                    Type = TxType.Legacy,
                    Nonce = state.GetNonce(EvmBenchContract.Caller),
                    GasLimit = gasLimit,
                    To = EvmBenchContracts.Address,
                    Data = data,
                };
                var result = processor.Execute(state, block, tx, EvmBenchContract.Caller);
                if (!result.Success)
                {
                    throw new InvalidOperationException($"{contract.Name}: the benchmark call failed: {result.Invalid?.ToString() ?? result.Status.ToString()}");
                }

                gas += result.GasUsed + result.GasRefunded - IntrinsicGas.Of(tx, Forks.Cancun);
            }
        }

        Round();
        var seconds = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            Round();
            seconds[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {contract.Name} round {i + 1}/{rounds}: {gas / seconds[i] / 1e6:F1} MGas/s ({seconds[i] * 1e3:F1} ms, {gas} gas)"));
        }

        return (gas / QuickMeasure.Median(seconds) / 1e6, gas);
    }
}
