using System.Diagnostics;
using System.Net.Http.Headers;

namespace Glow.JsonRpc.Client;

/// <summary>
/// A small HTTP load generator for a JSON-RPC server: several workers, each with its own keep-alive connection,
/// POST the same request back to back; after a warm-up, it counts answers and records each latency.
/// </summary>
public static class RpcLoadGenerator
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>Runs the load and reports requests per second and latency percentiles.</summary>
    /// <param name="uri">The server's HTTP address.</param>
    /// <param name="requestBody">The UTF-8 JSON-RPC request sent each time.</param>
    /// <param name="connections">Concurrent connections (one worker each).</param>
    /// <param name="duration">The measured window.</param>
    /// <param name="warmup">Load before measuring (JIT, connection set-up).</param>
    /// <param name="cancellationToken">Stops early.</param>
    public static async Task<RpcLoadReport> RunAsync(Uri uri, ReadOnlyMemory<byte> requestBody, int connections, TimeSpan duration, TimeSpan warmup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentOutOfRangeException.ThrowIfLessThan(connections, 1);
        long measureFrom = Stopwatch.GetTimestamp() + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        long measureUntil = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = new Task<(List<long> Latencies, long Errors)>[connections];
        for (int i = 0; i < connections; i++)
        {
            workers[i] = Task.Run(() => WorkerAsync(uri, requestBody, measureFrom, measureUntil, cancellationToken), cancellationToken);
        }

        var results = await Task.WhenAll(workers).ConfigureAwait(false);
        var all = new List<long>();
        long errors = 0;
        foreach (var (latencies, failed) in results)
        {
            all.AddRange(latencies);
            errors += failed;
        }

        all.Sort();
        return new RpcLoadReport(all.Count, errors, duration, connections, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static async Task<(List<long> Latencies, long Errors)> WorkerAsync(Uri uri, ReadOnlyMemory<byte> body, long measureFrom, long measureUntil, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1, UseProxy = false };
        using var http = new HttpClient(handler);
        var latencies = new List<long>(1 << 16);
        long errors = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            long start = Stopwatch.GetTimestamp();
            if (start >= measureUntil)
            {
                break;
            }

            bool ok;
            try
            {
                using var content = new ReadOnlyMemoryContent(body);
                content.Headers.ContentType = Json;
                using var response = await http.PostAsync(uri, content, cancellationToken).ConfigureAwait(false);
                var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                ok = response.IsSuccessStatusCode && bytes.AsSpan().IndexOf("\"result\""u8) >= 0;
            }
            catch (HttpRequestException)
            {
                ok = false;
            }

            long end = Stopwatch.GetTimestamp();
            if (start >= measureFrom && end <= measureUntil)
            {
                latencies.Add(end - start);
                if (!ok)
                {
                    errors++;
                }
            }
        }

        return (latencies, errors);
    }

    private static TimeSpan Percentile(List<long> sorted, double fraction) =>
        sorted.Count == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(0, sorted[(int)Math.Min(sorted.Count - 1, fraction * sorted.Count)]);
}
