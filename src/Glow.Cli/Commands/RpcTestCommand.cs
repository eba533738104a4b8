using System.CommandLine;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Glow.Conformance.Rpc;
using Glow.Core;
using Glow.Core.Chain;
using Glow.Core.Db;
using Glow.JsonRpc;
using Glow.JsonRpc.Server;
using Glow.Node.Chain;
using Glow.Node.Replay;

namespace Glow.Cli.Commands;

/// <summary>
/// <c>utg rpctest &lt;dir&gt; [--url URL] [--ws] [--failures-only]</c>: replays the execution-apis JSON-RPC conformance cases
/// (<c>*.io</c> under the directory) the way hive's rpc-compat simulator does. Without <c>--url</c> it starts a node in
/// memory from the directory's <c>genesis.json</c>, imports its <c>chain.rlp</c> under Ethereum's rules, checks that the
/// head is the one <c>headfcu.json</c> names, and serves it over HTTP (or, with <c>--ws</c>, one WebSocket connection) on a free loopback port; with <c>--url</c> it sends
/// the cases to a node already holding that chain. Prints <c>PASS name</c> / <c>FAIL name: difference</c> per case, then
/// <c>N passed, M failed</c> (and <c>K skipped</c> for cases on the runner's explicit skip list, each printed with its
/// reason as <c>SKIP name: reason</c>). Exit code 0 when nothing failed, 1 when something did, 2 for a bad directory, chain or URL.
/// </summary>
internal static class RpcTestCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("dir") { Description = "The execution-apis tests directory (cases *.io, genesis.json, chain.rlp, headfcu.json)" };
        var url = new Option<string?>("--url") { Description = "Send the cases to this node instead of starting one (it must hold the directory's chain)" };
        var failuresOnly = new Option<bool>("--failures-only") { Description = "Print only the cases that failed" };
        var websocket = new Option<bool>("--ws") { Description = "Send the cases over one WebSocket connection instead of HTTP POSTs" };
        var command = new Command("rpctest", "Replay the execution-apis JSON-RPC conformance cases against a node") { path, url, failuresOnly, websocket };
        command.SetAction((parse, token) => RunAsync(parse.InvocationConfiguration, parse.GetValue(path)!, parse.GetValue(url), parse.GetValue(failuresOnly), parse.GetValue(websocket), token));
        return command;
    }

    private static async Task<int> RunAsync(InvocationConfiguration console, string directory, string? url, bool failuresOnly, bool websocket, CancellationToken token)
    {
        try
        {
            var cases = RpcTestRunner.Load(directory);
            if (url is not null)
            {
                var schemes = websocket ? new[] { "ws", "wss" } : ["http", "https"];
                var endpoint = Uri.TryCreate(url, UriKind.Absolute, out var parsed) && schemes.Contains(parsed.Scheme)
                    ? parsed
                    : throw new ArgumentException($"--url: '{url}' is not a URL with the scheme {schemes[0]} or {schemes[1]}.");
                return await RunCasesAsync(console, cases, endpoint, failuresOnly, websocket, token).ConfigureAwait(false);
            }

            using var node = OpenNode(directory);
            await using var server = new RpcServer(new RpcServerOptions { Port = 0 }, NodeRpc.CreateRegistry(node.Api));
            await server.StartAsync(token).ConfigureAwait(false);
            return await RunCasesAsync(console, cases, websocket ? server.WebSocketUri : server.HttpUri, failuresOnly, websocket, token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException
            or FormatException or ChainSpecException or DatabaseException or HttpRequestException or JsonException or WebSocketException)
        {
            console.Error.WriteLine($"error: {e.Message.ReplaceLineEndings(" ")}");
            return 2;
        }
    }

    /// <summary>The node for the cases' chain, with every block of <c>chain.rlp</c> imported and the head checked.</summary>
    private static ReplayNode OpenNode(string directory)
    {
        var genesis = EthereumGenesis.Parse(File.ReadAllText(Path.Combine(directory, "genesis.json")));
        var node = ReplayNode.Open(genesis, null, TimeProvider.System, "execution-apis");
        try
        {
            using (var file = File.OpenRead(Path.Combine(directory, "chain.rlp")))
            {
                node.Import(ChainFile.Read(file));
            }

            var forkchoice = Path.Combine(directory, "headfcu.json");
            if (File.Exists(forkchoice) && ForkchoiceHead(File.ReadAllText(forkchoice)) is { } head && head != node.Tree.Head.Hash)
            {
                throw new InvalidDataException($"After importing chain.rlp the head is block {node.Tree.Head.Number} ({node.Tree.Head.Hash}), but headfcu.json names {head}.");
            }

            return node;
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }

    /// <summary>The head block hash of an <c>engine_forkchoiceUpdated</c> request.</summary>
    private static Hash256? ForkchoiceHead(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("params", out var parameters) && parameters.ValueKind == JsonValueKind.Array
            && parameters.GetArrayLength() > 0 && parameters[0].ValueKind == JsonValueKind.Object
            && parameters[0].TryGetProperty("headBlockHash", out var hash) && hash.ValueKind == JsonValueKind.String
            ? Hash256.Parse(hash.GetString()!)
            : throw new InvalidDataException("headfcu.json has no params[0].headBlockHash.");
    }

    private static async Task<int> RunCasesAsync(InvocationConfiguration console, IReadOnlyList<RpcTestCase> cases, Uri endpoint, bool failuresOnly, bool websocket, CancellationToken token)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var socket = new ClientWebSocket();
        if (websocket)
        {
            await socket.ConnectAsync(endpoint, token).ConfigureAwait(false);
        }

        var report = await RpcTestRunner.RunAsync(
            cases,
            websocket ? (request, cancellation) => ExchangeAsync(socket, request, cancellation) : (request, cancellation) => PostAsync(http, endpoint, request, cancellation),
            result =>
            {
                if (!failuresOnly || (!result.Pass && !result.Skipped))
                {
                    console.Output.WriteLine(result.ToString());
                }
            },
            cancellation: token).ConfigureAwait(false);
        console.Output.WriteLine(report.Totals.ToString());
        return report.Totals.Failed == 0 ? 0 : 1;
    }

    private static async Task<string> PostAsync(HttpClient http, Uri endpoint, string request, CancellationToken cancellation)
    {
        using var content = new StringContent(request, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(endpoint, content, cancellation).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
    }

    /// <summary>Sends one message and reads the next whole message: the cases subscribe to nothing, so it is the answer.</summary>
    private static async Task<string> ExchangeAsync(ClientWebSocket socket, string request, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await socket.SendAsync(Encoding.UTF8.GetBytes(request), WebSocketMessageType.Text, true, timeout.Token).ConfigureAwait(false);
        using var message = new MemoryStream();
        var buffer = new byte[64 * 1024];
        ValueWebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer.AsMemory(), timeout.Token).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new IOException($"the node closed the WebSocket ({socket.CloseStatus}: {socket.CloseStatusDescription})");
            }

            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
    }
}
