using System.Text.Json;
using Glow.Core.Blocks;
using Glow.Core.Crypto;
using Glow.Core.Specs;
using Glow.Core.State;
using Glow.Evm.Execution;
using Glow.Evm.Processing;
using Glow.Evm.Tracing;

namespace Glow.Conformance.State;

/// <summary>
/// Runs ethereum/tests <c>GeneralStateTests</c> for one fork: for each (test, data, gas, value) case it builds the
/// pre-state in a fresh world state, executes the transaction, and compares the state root with <c>hash</c> and
/// Keccak-256 of the RLP of the logs with <c>logs</c>. A case with <c>expectException</c> passes when the transaction
/// is rejected for that reason and the state is unchanged. Files run in parallel, each worker thread with its own
/// processor; results come out in file order. With <see cref="Trace"/> set, cases run one at a time and each writes an
/// EIP-3155 trace.
/// </summary>
public sealed partial class StateTestRunner
{
    private readonly Func<IWorldState> _newState;
    private readonly Func<ReleaseSpec, IPrecompileProvider> _precompiles;
    private readonly CodeInfoCache _codeCache = new();

    /// <summary>A runner building each pre-state in <paramref name="newState"/>'s world state, calling <paramref name="precompiles"/>.</summary>
    public StateTestRunner(Func<IWorldState> newState, Func<ReleaseSpec, IPrecompileProvider> precompiles)
    {
        _newState = newState;
        _precompiles = precompiles;
    }

    /// <summary>The fork whose expectations are checked (the suite's name for it).</summary>
    public string Fork { get; init; } = Forks.Cancun.Name;

    /// <summary>Cases not run, with their reasons.</summary>
    public StateTestSkipList Skips { get; init; } = StateTestSkipList.Default;

    /// <summary>Where to write EIP-3155 traces (JSON lines), or null for none.</summary>
    public TextWriter? Trace { get; init; }

    /// <summary>How many files run at once; defaults to the processor count.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Runs a file, or every <c>*.json</c> under a directory. <paramref name="onResult"/> sees each case in file order.
    /// </summary>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a directory.</exception>
    /// <exception cref="InvalidDataException">A file is not a GeneralStateTests JSON file.</exception>
    /// <exception cref="ArgumentException">The fork is unknown.</exception>
    public TestReport Run(string path, Action<StateTestResult>? onResult = null)
    {
        var spec = Forks.FindByName(Fork) ?? throw new ArgumentException($"unknown fork '{Fork}'", nameof(path));
        var files = TestFiles.Enumerate(path);
        var results = new IReadOnlyList<StateTestResult>?[files.Count];
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

        var parallelism = Trace is null ? Math.Max(1, Parallelism) : 1;
        try
        {
            Parallel.For(
                0,
                files.Count,
                new ParallelOptions { MaxDegreeOfParallelism = parallelism },
                () => new TransactionProcessor(spec, _precompiles(spec), _codeCache),
                (index, _, processor) =>
                {
                    results[index] = RunFile(files[index].Path, files[index].Name, spec, processor);
                    Emit();
                    return processor;
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
                failures.Add(new TestFailure(result.File, $"{result.Name} [{result.Fork} d{result.Data} g{result.Gas} v{result.Value}]", result.Error ?? "failed"));
            }
        }

        return new TestReport(totals, failures);
    }

    private List<StateTestResult> RunFile(string file, string name, ReleaseSpec spec, TransactionProcessor processor)
    {
        List<StateTest> tests;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{name}: expected a JSON object of tests");
            }

            tests = [.. document.RootElement.EnumerateObject().Select(t => StateTest.Parse(t.Name, t.Value))];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{name}: not a state test file: {e.Message.ReplaceLineEndings(" ")}", e);
        }

        var results = new List<StateTestResult>();
        foreach (var test in tests)
        {
            if (!test.Post.TryGetValue(Fork, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                results.Add(RunCase(name, test, entry, spec, processor));
            }
        }

        return results;
    }

    private StateTestResult RunCase(string file, StateTest test, StateTest.PostEntry entry, ReleaseSpec spec, TransactionProcessor processor)
    {
        if (Skips.ReasonFor(test.Name) is { } reason)
        {
            return new StateTestResult(file, test.Name, spec.Name, entry.Data, entry.Gas, entry.Value, false, null, entry.Hash, reason, Skipped: true);
        }

        try
        {
            return Execute(file, test, entry, spec, processor);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new StateTestResult(file, test.Name, spec.Name, entry.Data, entry.Gas, entry.Value, false, null, entry.Hash, $"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    private StateTestResult Execute(string file, StateTest test, StateTest.PostEntry entry, ReleaseSpec spec, TransactionProcessor processor)
    {
        var state = _newState();
        foreach (var account in test.Pre)
        {
            // Created first, so that an empty account of the pre-state exists (a zero AddBalance creates nothing).
            state.CreateAccount(account.Address);
            state.AddBalance(account.Address, account.Balance);
            if (account.Nonce != 0)
            {
                state.SetNonce(account.Address, account.Nonce);
            }

            if (account.Code.Length != 0)
            {
                state.SetCode(account.Address, account.Code);
            }

            foreach (var (slot, value) in account.Storage)
            {
                if (!value.IsZero)
                {
                    state.SetStorage(account.Address, slot, value);
                }
            }
        }

        // The pre-state is a committed state, as a block's parent state is: storage roots are then known (EIP-7610 collisions).
        state.FinishTransaction(false);
        state.Commit(0);
        var tracer = Trace is null ? null : new StructLogTracer(Trace);
        var tx = test.BuildTransaction(entry);
        var outcome = tx is null ? null : processor.Execute(state, test.Block, tx, test.Sender, 0, tracer);
        var root = state.ComputeStateRoot();
        var logs = Keccak256.Compute(ReceiptCodec.EncodeLogs(outcome?.Logs ?? []));
        var rejection = tx is null ? "RLP_INVALID_VALUE" : outcome!.Invalid is { } invalid ? ExceptionName(invalid) : null;
        IReadOnlyList<string> accepted = tx is null ? ["RLP_INVALID_VALUE"] : outcome!.Invalid is { } reason ? ExceptionNames(reason) : [];
        tracer?.WriteSummary(root, outcome is null ? [] : outcome.Output.Span, outcome?.GasUsed ?? 0, root == entry.Hash, spec.Name, rejection);

        string? error = null;
        if (entry.ExpectException is { } expected)
        {
            if (rejection is null)
            {
                error = $"transaction accepted, expected {expected}";
            }
            else if (!expected.Split('|').Any(e => accepted.Any(name => e.EndsWith("." + name, StringComparison.Ordinal) || e == name)))
            {
                error = $"rejected as {rejection}, expected {expected}";
            }
        }
        else if (rejection is not null)
        {
            error = $"rejected as {rejection}: {outcome?.InvalidMessage}";
        }

        if (error is null && root != entry.Hash)
        {
            error = $"state root mismatch (transaction {Describe(outcome)})";
        }
        else if (error is null && logs != entry.Logs)
        {
            error = $"logs hash {logs}, expected {entry.Logs}";
        }

        var pass = error is null;
        if (pass && outcome is { IsValid: true, Status: not EvmStatus.Success })
        {
            error = $"transaction ended with {outcome.Status}";
        }

        return new StateTestResult(file, test.Name, spec.Name, entry.Data, entry.Gas, entry.Value, pass, root, entry.Hash, error);
    }

    private static string Describe(TransactionResult? outcome) =>
        outcome is null ? "not built" : !outcome.IsValid ? $"rejected: {outcome.Invalid}" : $"{outcome.Status}, gas used {outcome.GasUsed}";
}
