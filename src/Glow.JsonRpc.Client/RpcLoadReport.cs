namespace Glow.JsonRpc.Client;

/// <summary>What <see cref="RpcLoadGenerator"/> measured.</summary>
/// <param name="Requests">Requests answered in the measured window.</param>
/// <param name="Errors">Answers that were not HTTP 200 with a <c>result</c>, or failed requests.</param>
/// <param name="Elapsed">The measured window.</param>
/// <param name="Connections">Concurrent keep-alive connections.</param>
/// <param name="Median">The median latency.</param>
/// <param name="P99">The 99th-percentile latency.</param>
public sealed record RpcLoadReport(long Requests, long Errors, TimeSpan Elapsed, int Connections, TimeSpan Median, TimeSpan P99)
{
    /// <summary>Requests answered per second.</summary>
    public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? Requests / Elapsed.TotalSeconds : 0;

    /// <summary>One line: requests/s, p50 and p99 in milliseconds, errors.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{RequestsPerSecond:F0} requests/s over {Connections} connections ({Requests} in {Elapsed.TotalSeconds:F1} s), p50 {Median.TotalMilliseconds:F3} ms, p99 {P99.TotalMilliseconds:F3} ms, {Errors} errors");
}
