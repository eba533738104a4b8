using System.Text.Json;
using Glow.Conformance.State;

namespace Glow.Conformance.Rpc;

/// <summary>
/// Replays the execution-apis JSON-RPC conformance cases (<c>execution-apis/tests/**/*.io</c>) against a node, the way
/// hive's rpc-compat simulator does: each request is sent as it stands, and each response compared with the expected one
/// by <see cref="RpcResponseComparer"/>. The node must already hold the cases' chain (<c>genesis.json</c> and
/// <c>chain.rlp</c> beside the cases); how requests reach it is the caller's (<c>send</c>: request text in, response
/// text out), so the same runner drives an in-process node and a remote one.
/// </summary>
public static class RpcTestRunner
{
    /// <summary>The cases under <paramref name="directory"/> (every <c>*.io</c> file, recursively), ordered by name.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="FormatException">A file is not a valid case.</exception>
    public static IReadOnlyList<RpcTestCase> Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"No conformance cases at {directory}: the directory does not exist.");
        }

        var cases = new List<RpcTestCase>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.io", SearchOption.AllDirectories))
        {
            var name = Path.ChangeExtension(Path.GetRelativePath(directory, file), null).Replace('\\', '/');
            cases.Add(RpcTestCase.Parse(name, File.ReadAllText(file)));
        }

        cases.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return cases;
    }

    /// <summary>
    /// Runs <paramref name="cases"/> one after another through <paramref name="send"/> (which returns the response body
    /// for a request body), reporting each result to <paramref name="onResult"/>. Cases on <paramref name="skips"/>
    /// (<see cref="RpcTestSkipList.Default"/> when null) are not sent, and reported as skipped with their reason.
    /// </summary>
    /// <returns>The totals (<c>N passed, M failed</c>, and <c>K skipped</c> when any were) and every failure.</returns>
    public static async Task<TestReport> RunAsync(
        IEnumerable<RpcTestCase> cases,
        Func<string, CancellationToken, Task<string>> send,
        Action<RpcTestResult>? onResult = null,
        StateTestSkipList? skips = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(send);
        skips ??= RpcTestSkipList.Default;
        var failures = new List<TestFailure>();
        var passed = 0;
        var skipped = 0;
        foreach (var testCase in cases)
        {
            if (skips.ReasonFor(testCase.Name) is { } reason)
            {
                skipped++;
                onResult?.Invoke(new RpcTestResult(testCase.Name, false, reason) { Skipped = true });
                continue;
            }

            var result = await RunCaseAsync(testCase, send, cancellation).ConfigureAwait(false);
            if (result.Pass)
            {
                passed++;
            }
            else
            {
                failures.Add(new TestFailure(testCase.Name + ".io", testCase.Name, result.Reason!));
            }

            onResult?.Invoke(result);
        }

        return new TestReport(new RunTotals(passed, failures.Count, skipped), failures);
    }

    /// <summary>Runs one case: every exchange in order, stopping at the first mismatch.</summary>
    public static async Task<RpcTestResult> RunCaseAsync(RpcTestCase testCase, Func<string, CancellationToken, Task<string>> send, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        ArgumentNullException.ThrowIfNull(send);
        for (var i = 0; i < testCase.Exchanges.Count; i++)
        {
            var exchange = testCase.Exchanges[i];
            var at = testCase.Exchanges.Count == 1 ? "" : $"exchange {i + 1}: ";
            string response;
            try
            {
                response = await send(exchange.Request, cancellation).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TimeoutException or System.Net.WebSockets.WebSocketException or TaskCanceledException && !cancellation.IsCancellationRequested)
            {
                return new RpcTestResult(testCase.Name, false, $"{at}the request failed: {e.Message}");
            }

            if (Compare(exchange.ExpectedResponse, response, testCase.SpecOnly) is { } difference)
            {
                return new RpcTestResult(testCase.Name, false, at + difference);
            }
        }

        return new RpcTestResult(testCase.Name, true, null);
    }

    private static string? Compare(string expectedText, string actualText, bool specOnly)
    {
        using var expected = JsonDocument.Parse(expectedText);
        JsonDocument actual;
        try
        {
            actual = JsonDocument.Parse(actualText);
        }
        catch (JsonException)
        {
            var shown = actualText.Length <= 200 ? actualText : actualText[..200] + "…";
            return $"the response is not JSON: {shown}";
        }

        using (actual)
        {
            return RpcResponseComparer.Difference(expected.RootElement, actual.RootElement, specOnly);
        }
    }
}
