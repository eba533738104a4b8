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
/// <c>benchmarks/js/node_modules/@ethereumjs/evm</c> are present (and <c>--no-reference</c> is not given) it runs the same code and call data in ethereumjs's
/// EVM (<c>benchmarks/js/evm-bench.mjs</c>) in the same run and prints the ratio.
/// </summary>
internal sealed class EvmBenchmark : IQuickBenchmark
{
    public string Name => "evm";

    public string Description => "EVM MGas/s on five contracts (arithmetic, keccak, memcopy, erc20, calls), with ethereumjs side by side";

    public void Run(BenchOptions options, TextWriter output)
    {
        var rounds = options.Rounds;
        // Warm up every contract first, for at least three seconds (the background JIT gets little CPU on a loaded
        // machine), so that the interpreter and the arithmetic it calls run their fully optimised (tier-1) code rather
        // than on-stack-replaced or quick-jitted code when timing starts.
        var runners = EvmBenchContracts.All.Select(c => new ContractRun(c)).ToList();
        var warmUp = Stopwatch.StartNew();
        for (var pass = 0; pass < 3 || warmUp.Elapsed < TimeSpan.FromSeconds(3); pass++)
        {
            foreach (var runner in runners)
            {
                runner.Round();
            }
        }

        var ours = new Dictionary<string, EvmRate>();
        foreach (var runner in runners)
        {
            ours[runner.Contract.Name] = Measure(runner, rounds, output);
        }

        var reference = options.Reference ? EthereumJsReference.Run(EvmBenchContracts.All, rounds, output) : null;
        output.WriteLine();
        output.WriteLine("MGas/s, medians; CPU = process CPU time, the figure to trust on a loaded machine");
        output.WriteLine("contract       Glow wall    Glow CPU   ethereumjs wall   ethereumjs CPU   ratio (CPU)");
        foreach (var contract in EvmBenchContracts.All)
        {
            var mine = ours[contract.Name];
            var line = string.Create(CultureInfo.InvariantCulture, $"{contract.Name,-12} {mine.Wall,11:F1} {mine.Cpu,11:F1}");
            if (reference is not null && reference.TryGetValue(contract.Name, out var js))
            {
                line += string.Create(CultureInfo.InvariantCulture, $" {js.Wall,17:F2} {js.Cpu,16:F2} {mine.Cpu / js.Cpu,12:F1}x");
                if (js.Gas != mine.Gas)
                {
                    line += $"   (gas differs: Glow {mine.Gas}, ethereumjs {js.Gas})";
                }
            }

            output.WriteLine(line);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median arithmetic loop: {ours["arithmetic"].Cpu:F1} MGas/s CPU, {ours["arithmetic"].Wall:F1} MGas/s wall"));
    }

    /// <summary>Times <paramref name="rounds"/> rounds of one contract's calls.</summary>
    private static EvmRate Measure(ContractRun runner, int rounds, TextWriter output)
    {
        var name = runner.Contract.Name;
        var seconds = new double[rounds];
        var cpuSeconds = new double[rounds];
        ulong gas = 0;
        for (var i = 0; i < rounds; i++)
        {
            var cpuStart = Environment.CpuUsage.TotalTime;
            var start = Stopwatch.GetTimestamp();
            gas = runner.Round();
            seconds[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            cpuSeconds[i] = (Environment.CpuUsage.TotalTime - cpuStart).TotalSeconds;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {name} round {i + 1}/{rounds}: {gas / seconds[i] / 1e6:F1} MGas/s wall, {gas / cpuSeconds[i] / 1e6:F1} MGas/s CPU ({seconds[i] * 1e3:F1} ms, {gas} gas)"));
        }

        return new EvmRate(gas / QuickMeasure.Median(seconds) / 1e6, gas / QuickMeasure.Median(cpuSeconds) / 1e6, gas);
    }

    /// <summary>One contract installed in its own in-memory world state, ready to run rounds of its calls.</summary>
    private sealed class ContractRun
    {
        private readonly WorldState _state = WorldState.InMemory();
        private readonly TransactionProcessor _processor = new(Forks.Cancun, PrecompileMap.Empty);
        private readonly BlockContext _block = new()
        {
            Coinbase = default,
            Number = 1,
            Timestamp = 1,
            GasLimit = 1_000_000_000,
            ChainId = 1,
        };

        public ContractRun(EvmBenchContract contract)
        {
            Contract = contract;
            _state.AddBalance(EvmBenchContract.Caller, UInt256.One << 200);
            _state.SetCode(EvmBenchContracts.Address, contract.Code);
            foreach (var (slot, value) in contract.Storage)
            {
                _state.SetStorage(EvmBenchContracts.Address, slot, value);
            }

            _state.FinishTransaction(false);
            _state.Commit(0);
        }

        public EvmBenchContract Contract { get; }

        /// <summary>Sends every call of the contract once; returns the execution gas (intrinsic gas left out, refunds put back).</summary>
        public ulong Round()
        {
            ulong gas = 0;
            foreach (var (data, gasLimit) in Contract.Calls)
            {
                var tx = new Transaction
                {
                    Type = TxType.Legacy,
                    Nonce = _state.GetNonce(EvmBenchContract.Caller),
                    GasLimit = gasLimit,
                    To = EvmBenchContracts.Address,
                    Data = data,
                };
                var result = _processor.Execute(_state, _block, tx, EvmBenchContract.Caller);
                if (!result.Success)
                {
                    throw new InvalidOperationException($"{Contract.Name}: the benchmark call failed: {result.Invalid?.ToString() ?? result.Status.ToString()}");
                }

                gas += result.GasUsed + result.GasRefunded - IntrinsicGas.Of(tx, Forks.Cancun);
            }

            return gas;
        }
    }
}
