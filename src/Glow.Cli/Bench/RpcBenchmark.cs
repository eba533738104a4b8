using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Glow.JsonRpc.Client;
using Glow.JsonRpc.Dev;
using Glow.JsonRpc.Server;
using Glow.Node.Dev;

namespace Glow.Cli.Bench;

/// <summary>
/// <c>utg bench rpc</c>: requests per second and p50/p99 latency over loopback HTTP (8 keep-alive connections) for
/// <c>eth_blockNumber</c>, <c>eth_getBalance</c> and an <c>eth_call</c> of a contract returning a constant, against an
/// in-memory <c>utg dev</c>; then, with the npm packages of <c>tests/js-e2e</c> installed, the same load against
/// Hardhat's node in the same run, with the ratios. Each figure is the median of the rounds.
/// </summary>
internal sealed class RpcBenchmark : IQuickBenchmark
{
    private const int Connections = 8;
    private static readonly TimeSpan RoundLength = TimeSpan.FromSeconds(3);

    /// <summary>Init code deploying a runtime that returns the word 42.</summary>
    private const string ConstantInitCode = "0x69602a60005260206000f3600052600a6016f3";

    public string Name => "rpc";

    public string Description =>
        "JSON-RPC over loopback: eth_blockNumber, eth_getBalance, eth_call requests/s and p50/p99; Hardhat's node side by side";

    public void Run(BenchOptions options, TextWriter output) => RunAsync(options, output).GetAwaiter().GetResult();

    private static async Task RunAsync(BenchOptions options, TextWriter output)
    {
        var rounds = Math.Min(options.Rounds, 5);
        Dictionary<string, RpcLoadReport> ours;
        using (var chain = DevChain.Open(new DevChainOptions(), TimeProvider.System))
        {
            await using var server = new RpcServer(new RpcServerOptions { Port = 0 }, DevRpc.CreateRegistry(chain));
            await server.StartAsync().ConfigureAwait(false);
            ours = await LoadAsync("utg dev", server.HttpUri, rounds, output).ConfigureAwait(false);
        }

        Dictionary<string, RpcLoadReport>? hardhat = null;
        if (options.Reference)
        {
            hardhat = await HardhatAsync(rounds, output).ConfigureAwait(false);
        }

        foreach (var (method, report) in ours)
        {
            var line = Invariant($"{method}: {report.RequestsPerSecond:N0} requests/s, p50 {Ms(report.Median)}, p99 {Ms(report.P99)}");
            if (hardhat?.TryGetValue(method, out var theirs) == true && theirs.RequestsPerSecond > 0)
            {
                line += Invariant($"; Hardhat {theirs.RequestsPerSecond:N0} requests/s, p50 {Ms(theirs.Median)}, p99 {Ms(theirs.P99)}; {report.RequestsPerSecond / theirs.RequestsPerSecond:F1}x Hardhat");
            }

            output.WriteLine(line);
        }

        output.WriteLine(Invariant($"rpc: eth_getBalance {ours["eth_getBalance"].RequestsPerSecond:N0}/s, eth_call {ours["eth_call"].RequestsPerSecond:N0}/s, eth_blockNumber {ours["eth_blockNumber"].RequestsPerSecond:N0}/s (medians of {rounds} rounds of {RoundLength.TotalSeconds:F0} s, {Connections} connections)"));
    }

    private static async Task<Dictionary<string, RpcLoadReport>> LoadAsync(string label, Uri uri, int rounds, TextWriter output)
    {
        await using var client = new HttpRpcClient(uri);
        var account = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
        using var deploy = System.Text.Json.JsonDocument.Parse($"{{\"from\":\"{account}\",\"data\":\"{ConstantInitCode}\",\"gas\":\"0x30000\"}}");
        var hash = (await client.CallAsync("eth_sendTransaction", deploy.RootElement.Clone()).ConfigureAwait(false)).GetString();
        var receipt = await client.CallAsync("eth_getTransactionReceipt", hash).ConfigureAwait(false);
        var contract = receipt.GetProperty("contractAddress").GetString();
        var bodies = new Dictionary<string, string>
        {
            ["eth_blockNumber"] = """{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}""",
            ["eth_getBalance"] = $$"""{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":["{{account}}","latest"]}""",
            ["eth_call"] = $$"""{"jsonrpc":"2.0","id":1,"method":"eth_call","params":[{"to":"{{contract}}","data":"0x"},"latest"]}""",
        };
        var result = new Dictionary<string, RpcLoadReport>();
        foreach (var (method, body) in bodies)
        {
            var reports = new List<RpcLoadReport>();
            for (var round = 0; round < rounds; round++)
            {
                var report = await RpcLoadGenerator.RunAsync(uri, Encoding.UTF8.GetBytes(body), Connections, RoundLength, TimeSpan.FromSeconds(round == 0 ? 1 : 0.2)).ConfigureAwait(false);
                output.WriteLine(Invariant($"  {label} {method} round {round + 1}/{rounds}: {report.RequestsPerSecond:N0} requests/s, p50 {Ms(report.Median)}, p99 {Ms(report.P99)}, errors {report.Errors}"));
                reports.Add(report);
            }

            reports.Sort((a, b) => a.RequestsPerSecond.CompareTo(b.RequestsPerSecond));
            result[method] = reports[reports.Count / 2];
        }

        return result;
    }

    private static async Task<Dictionary<string, RpcLoadReport>?> HardhatAsync(int rounds, TextWriter output)
    {
        var root = FindRepositoryRoot();
        var project = root is null ? null : Path.Combine(root, "tests", "js-e2e");
        var cli = project is null ? null : Path.Combine(project, "node_modules", "hardhat", "internal", "cli", "cli.js");
        if (cli is null || !File.Exists(cli))
        {
            output.WriteLine("Hardhat not run: its npm packages are not installed (npm ci --prefix tests/js-e2e from the repository root).");
            return null;
        }

        var port = FreePort();
        var start = new ProcessStartInfo("node", $"\"{cli}\" node --hostname 127.0.0.1 --port {port} --config hardhat/hardhat.config.cjs")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            var ready = new TaskCompletionSource();
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data?.Contains("Started HTTP and WebSocket JSON-RPC server", StringComparison.Ordinal) == true)
                {
                    ready.TrySetResult();
                }
            };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(60))).ConfigureAwait(false) != ready.Task)
            {
                output.WriteLine("Hardhat not run: its node did not start within 60 s.");
                return null;
            }

            return await LoadAsync("hardhat", new Uri($"http://127.0.0.1:{port}/"), rounds, output).ConfigureAwait(false);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    private static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Glow.slnx")))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Ms(TimeSpan time) => Invariant($"{time.TotalMilliseconds:F2} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
