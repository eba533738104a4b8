using System.Globalization;
using System.Text.Json;
using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.Transactions;

namespace Glow.Conformance.Transactions;

/// <summary>
/// Runs ethereum/tests <c>TransactionTests</c>: each case has <c>txbytes</c> and, per fork, either the
/// expected <c>exception</c> or the valid transaction's <c>hash</c>, <c>sender</c> and <c>intrinsicGas</c>.
/// The bytes are decoded strictly and validated under that fork's rules on chain id 1 (the suite's chain);
/// a case passes when an expected exception is matched by a rejection, or a valid transaction is accepted
/// with the same hash, sender and intrinsic gas. Each (case, fork) pair counts once.
/// </summary>
public static class TransactionTestRunner
{
    private static readonly UInt256 SuiteChainId = 1;

    /// <summary>Runs a file or every <c>*.json</c> under a directory, for every fork each case lists, or only <paramref name="fork"/>.</summary>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a directory.</exception>
    /// <exception cref="InvalidDataException">A file is not JSON or not an object of test cases.</exception>
    /// <exception cref="ArgumentException"><paramref name="fork"/> is not a known fork name.</exception>
    public static TestReport Run(string path, string? fork = null)
    {
        var only = fork is null ? null : Forks.FindByName(fork) ?? throw new ArgumentException($"unknown fork '{fork}'", nameof(fork));
        var failures = new List<TestFailure>();
        var totals = default(RunTotals);
        foreach (var (file, name) in TestFiles.Enumerate(path))
        {
            totals += RunFile(file, name, only, failures);
        }

        return new TestReport(totals, failures);
    }

    private static RunTotals RunFile(string file, string name, ReleaseSpec? only, List<TestFailure> failures)
    {
        using var document = ParseJson(file, name);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{name}: expected a JSON object of test cases");
        }

        var totals = default(RunTotals);
        foreach (var test in document.RootElement.EnumerateObject())
        {
            if (!test.Value.TryGetProperty("txbytes", out var txbytes) || !test.Value.TryGetProperty("result", out var results))
            {
                throw new InvalidDataException($"{name}: {test.Name}: expected 'txbytes' and 'result'");
            }

            var bytes = Hex.Decode(txbytes.GetString());
            foreach (var result in results.EnumerateObject())
            {
                var spec = Forks.FindByName(result.Name);
                if (spec is null || (only is not null && spec != only))
                {
                    continue;
                }

                var reason = RunCase(bytes, spec, result.Value);
                if (reason is null)
                {
                    totals += new RunTotals(1, 0, 0);
                }
                else
                {
                    totals += new RunTotals(0, 1, 0);
                    failures.Add(new TestFailure(name, $"{test.Name} [{spec.Name}]", reason));
                }
            }
        }

        return totals;
    }

    /// <summary>Null when the case behaves as expected, otherwise why not.</summary>
    private static string? RunCase(byte[] bytes, ReleaseSpec spec, JsonElement expected)
    {
        Transaction? tx = null;
        string? rejection;
        try
        {
            tx = TransactionDecoder.Decode(bytes);
            var outcome = TransactionValidator.Validate(tx, spec, SuiteChainId);
            rejection = outcome is null ? null : $"{outcome.Error}: {outcome.Message}";
        }
        catch (InvalidTransactionException e)
        {
            rejection = $"{e.Error}: {e.Message}";
        }

        if (expected.TryGetProperty("exception", out var exception))
        {
            return rejection is null ? $"accepted, expected {exception.GetString()}" : null;
        }

        if (rejection is not null)
        {
            return $"rejected ({rejection}), expected valid";
        }

        var wantHash = Hash(expected, "hash");
        var wantSender = expected.GetProperty("sender").GetString()!;
        var wantGas = ulong.Parse(Hex.StripPrefix(expected.GetProperty("intrinsicGas").GetString()), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var sender = tx!.RecoverSender()!.Value;
        var gas = IntrinsicGas.Of(tx, spec);
        if (tx.Hash.ToString() != wantHash)
        {
            return $"hash {tx.Hash}, expected {wantHash}";
        }

        if (!string.Equals(sender.ToString(), wantSender, StringComparison.OrdinalIgnoreCase) && !string.Equals(sender.ToString()[2..], wantSender, StringComparison.OrdinalIgnoreCase))
        {
            return $"sender {sender}, expected {wantSender}";
        }

        return gas != wantGas ? $"intrinsic gas {gas}, expected {wantGas}" : null;
    }

    private static string Hash(JsonElement expected, string property)
    {
        var text = expected.GetProperty(property).GetString()!;
        return "0x" + Hex.StripPrefix(text).ToString().ToLowerInvariant();
    }

    private static JsonDocument ParseJson(string file, string name)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}: malformed JSON: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }
}
