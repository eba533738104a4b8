using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Glow.Integration.Tests.JsClients;

/// <summary>
/// <c>utg dev --in-memory --rpc.port 0</c> run as a separate process (<c>dotnet utg.dll</c> from the test's output
/// directory), with the JSON-RPC URLs read from its banner. Its output is drained continuously (it prints a line per
/// block) and kept for failure messages. The process is killed on dispose.
/// </summary>
internal sealed partial class DevNode : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ProcessOutput _output;

    private DevNode(Process process, ProcessOutput output, Uri http, Uri webSocket)
    {
        _process = process;
        _output = output;
        HttpUrl = http;
        WebSocketUrl = webSocket;
    }

    /// <summary>The node's JSON-RPC URL over HTTP, as its banner printed it.</summary>
    public Uri HttpUrl { get; }

    /// <summary>The node's JSON-RPC URL over WebSocket, as its banner printed it.</summary>
    public Uri WebSocketUrl { get; }

    /// <summary>The last lines the node printed (blocks, errors), for failure messages.</summary>
    public string RecentOutput => _output.Tail(40);

    /// <summary>Starts the node and waits for the banner's JSON-RPC line; fails the test if it ends or stalls first.</summary>
    public static DevNode Start()
    {
        var utg = Path.Combine(AppContext.BaseDirectory, "utg.dll");
        Assert.True(File.Exists(utg), $"utg is not built next to the tests: {utg}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[utg, "dev", "--in-memory", "--rpc.port", "0"])
        {
            start.ArgumentList.Add(argument);
        }

        var banner = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new ProcessOutput(line =>
        {
            if (RpcLine().Match(line) is { Success: true } match)
            {
                banner.TrySetResult(match);
            }
        });
        var process = output.Start(start);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => banner.TrySetException(new InvalidOperationException($"utg dev exited with code {process.ExitCode}"));
        try
        {
            var match = banner.Task.WaitAsync(StartLimit).GetAwaiter().GetResult();
            return new DevNode(process, output, new Uri(match.Groups["http"].Value), new Uri(match.Groups["ws"].Value));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            Stop(process);
            process.WaitForExit();
            process.Dispose();
            Assert.Fail($"utg dev did not print its JSON-RPC URLs ({e.Message}):\n{output.Text}");
            throw;
        }
    }

    public void Dispose()
    {
        Stop(_process);
        _process.Dispose();
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    // "JSON-RPC (HTTP and WebSocket): http://127.0.0.1:PORT/  ws://127.0.0.1:PORT/" (DevCommand's banner).
    [GeneratedRegex(@"^JSON-RPC \(HTTP and WebSocket\): (?<http>http://\S+)\s+(?<ws>ws://\S+)$")]
    private static partial Regex RpcLine();
}
