using System.Text.Json;
using Glow.Conformance.State;
using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Chain;
using Glow.Core.Rlp;
using Glow.Core.Specs;
using Glow.Core.Transactions;
using Glow.Evm.Execution;
using Glow.Evm.Processing;
using Glow.State;

namespace Glow.Conformance.Blocks;

/// <summary>
/// Runs ethereum/tests <c>BlockchainTests</c> of one network under Ethereum's block rules: builds the genesis state from
/// <c>pre</c> and checks it against the genesis header, imports each block from its RLP in order (a block with
/// <c>expectException</c> must be rejected, for one of the reasons named, and leaves the head where it was; any other
/// must be accepted), then compares the head with <c>lastblockhash</c> and its state with <c>postState</c> (or
/// <c>postStateHash</c>). Tests of other networks are skipped, each with its reason. Files run in parallel, each worker
/// thread with its own executor; results come out in file order.
/// </summary>
public sealed partial class BlockTestRunner
{
    private readonly Func<ReleaseSpec, IPrecompileProvider> _precompiles;
    private readonly CodeInfoCache _codeCache = new();

    /// <summary>A runner calling <paramref name="precompiles"/>.</summary>
    public BlockTestRunner(Func<ReleaseSpec, IPrecompileProvider> precompiles)
    {
        _precompiles = precompiles;
    }

    /// <summary>A runner with every precompile of the fork (<see cref="StatePrecompiles"/>, as the state tests).</summary>
    public BlockTestRunner()
        : this(StatePrecompiles.For)
    {
    }

    /// <summary>The network whose tests run; the others are skipped.</summary>
    public string Network { get; init; } = Forks.Cancun.Name;

    /// <summary>Tests not run, with their reasons.</summary>
    public StateTestSkipList Skips { get; init; } = BlockTestSkipList.Default;

    /// <summary>How many files run at once; defaults to the processor count.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Runs a file, or every <c>*.json</c> under a directory. <paramref name="onResult"/> sees each test in file order.</summary>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a directory.</exception>
    /// <exception cref="InvalidDataException">A file is not a BlockchainTests JSON file.</exception>
    /// <exception cref="ArgumentException">The network is unknown, or before Paris (proof of work is not implemented).</exception>
    public TestReport Run(string path, Action<BlockTestResult>? onResult = null)
    {
        var spec = Forks.FindByName(Network) ?? throw new ArgumentException($"unknown network '{Network}'", nameof(path));
        if (!spec.IsEip4399Enabled)
        {
            throw new ArgumentException($"network {Network} is a proof-of-work fork; block tests run from Paris on");
        }

        var files = TestFiles.Enumerate(path);
        var results = new IReadOnlyList<BlockTestResult>?[files.Count];
        var emitted = 0;
        var gate = new object();
        void Emit()
        {
            lock (gate)
            {
                while (emitted < files.Count && results[emitted] is { } done)
                {
                    foreach (var result in done)
                    {
                        onResult?.Invoke(result);
                    }

                    emitted++;
                }
            }
        }

        try
        {
            Parallel.For(
                0,
                files.Count,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Parallelism) },
                () => new BlockExecutor(spec, _precompiles(spec), _codeCache),
                (index, _, executor) =>
                {
                    results[index] = RunFile(files[index].Path, files[index].Name, executor);
                    Emit();
                    return executor;
                },
                _ => { });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A bad file stops the run; report it as the runner's own exception, not as the thread pool's wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        var failures = new List<TestFailure>();
        var totals = default(RunTotals);
        foreach (var result in results.SelectMany(r => r!))
        {
            totals += result.Skipped ? new RunTotals(0, 0, 1) : result.Pass ? new RunTotals(1, 0, 0) : new RunTotals(0, 1, 0);
            if (!result.Pass && !result.Skipped)
            {
                failures.Add(new TestFailure(result.File, result.Name, result.Error ?? "failed"));
            }
        }

        return new TestReport(totals, failures);
    }

    private List<BlockTestResult> RunFile(string file, string name, BlockExecutor executor)
    {
        var results = new List<BlockTestResult>();
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{name}: expected a JSON object of tests");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                var network = BlockTest.NetworkOf(property.Value);
                if (network != Network)
                {
                    results.Add(new BlockTestResult(name, property.Name, network, false, null, null, $"network {network}: only {Network} tests are run", Skipped: true));
                    continue;
                }

                var test = BlockTest.Parse(property.Name, property.Value);
                results.Add(Skips.ReasonFor(test.Name) is { } reason
                    ? new BlockTestResult(name, test.Name, network, false, null, test.LastBlockHash, reason, Skipped: true)
                    : RunTest(name, test, executor));
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{name}: not a blockchain test file: {e.Message.ReplaceLineEndings(" ")}", e);
        }

        return results;
    }

    private static BlockTestResult RunTest(string file, BlockTest test, BlockExecutor executor)
    {
        BlockTestChain chain;
        try
        {
            var genesis = BlockCodec.Decode(test.GenesisRlp);
            if (genesis.Hash != test.GenesisHash)
            {
                return Fail(file, test, null, $"genesis hash {genesis.Hash}, expected {test.GenesisHash}");
            }

            chain = BlockTestChain.Create(executor, genesis, test.Pre);
        }
        catch (Exception e) when (e is RlpException or InvalidTransactionException or InvalidDataException)
        {
            return Fail(file, test, null, $"genesis: {e.Message.ReplaceLineEndings(" ")}");
        }

        try
        {
            for (var i = 0; i < test.Blocks.Count; i++)
            {
                if (ImportBlock(chain, test.Blocks[i]) is { } error)
                {
                    return Fail(file, test, chain.Head.Hash, $"block {i + 1}: {error}");
                }
            }

            return CheckEnd(file, test, chain);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fail(file, test, chain.Head.Hash, $"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>Imports one block; null when it was accepted or rejected as the test expects, else what went wrong.</summary>
    private static string? ImportBlock(BlockTestChain chain, BlockTest.TestBlock testBlock)
    {
        string? rejection;
        string? detail;
        try
        {
            var block = BlockCodec.Decode(testBlock.Rlp);
            var result = chain.Import(block);
            rejection = result is null ? null : ExceptionName(result, block);
            detail = result?.Message;
        }
        catch (Exception e) when (e is RlpException or InvalidTransactionException)
        {
            rejection = DecodingFailure;
            detail = e.Message.ReplaceLineEndings(" ");
        }

        if (testBlock.ExpectException is not { } expected)
        {
            return rejection is null ? null : $"rejected as {rejection} ({detail}), expected to be valid";
        }

        if (rejection is null)
        {
            return $"accepted, expected {expected}";
        }

        return Matches(expected, rejection) ? null : $"rejected as {rejection} ({detail}), expected {expected}";
    }

    private static BlockTestResult CheckEnd(string file, BlockTest test, BlockTestChain chain)
    {
        var head = chain.Head;
        if (head.Hash != test.LastBlockHash)
        {
            return Fail(file, test, head.Hash, $"head is block {head.Number} {head.Hash}, expected {test.LastBlockHash}");
        }

        var root = head.Header.StateRoot;
        if (test.PostStateHash is { } expectedRoot && root != expectedRoot)
        {
            return Fail(file, test, head.Hash, $"post-state root {root}, expected {expectedRoot}");
        }

        if (test.PostState is { } post)
        {
            var expected = WorldState.InMemory();
            GenesisState.Apply(expected, post);
            var postRoot = expected.ComputeStateRoot();
            if (postRoot != root)
            {
                return Fail(file, test, head.Hash, $"post-state root {root}, postState gives {postRoot}: {DescribeDifference(chain.StateAfter(head), post)}");
            }
        }

        return new BlockTestResult(file, test.Name, test.Network, true, head.Hash, test.LastBlockHash, null);
    }

    /// <summary>The first listed account whose balance, nonce, code or a listed slot differs, for the failure message.</summary>
    private static string DescribeDifference(WorldState actual, IReadOnlyDictionary<Address, GenesisAccount> post)
    {
        foreach (var (address, account) in post)
        {
            if (!actual.AccountExists(address))
            {
                return $"{address} missing";
            }

            if (actual.GetBalance(address) != account.Balance)
            {
                return $"{address} balance {actual.GetBalance(address)}, expected {account.Balance}";
            }

            if (actual.GetNonce(address) != account.Nonce)
            {
                return $"{address} nonce {actual.GetNonce(address)}, expected {account.Nonce}";
            }

            if (!actual.GetCode(address).Span.SequenceEqual(account.Code))
            {
                return $"{address} code differs";
            }

            foreach (var (slot, value) in account.Storage)
            {
                if (actual.GetStorage(address, slot) != value)
                {
                    return $"{address} slot {slot} is {actual.GetStorage(address, slot)}, expected {value}";
                }
            }
        }

        return "every listed account matches: an account or slot not listed exists";
    }

    private static BlockTestResult Fail(string file, BlockTest test, Hash256? head, string error) =>
        new(file, test.Name, test.Network, false, head, test.LastBlockHash, error);
}
