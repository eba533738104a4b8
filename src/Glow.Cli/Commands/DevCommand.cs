using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Glow.Core.Db;
using Glow.Core.Encoding;
using Glow.Core.Numerics;
using Glow.JsonRpc.Dev;
using Glow.JsonRpc.Server;
using Glow.Node.Dev;
using Glow.State;
using Glow.State.Db;

namespace Glow.Cli.Commands;

/// <summary>
/// <c>utg dev</c>: a single-signer development chain (chain id 1337) with ten funded accounts from the test mnemonic,
/// mining a block for each transaction or every <c>--block-time</c> seconds, its data in SQLite under
/// <c>--datadir</c> (default <c>~/.ultronglow/dev</c>) or in memory (<c>--in-memory</c>). Runs until Ctrl+C or SIGTERM;
/// a restart resumes at the stored head. Exit code 0 after a clean stop, 1 when the database cannot be used.
/// </summary>
internal static class DevCommand
{
    public static Command Create()
    {
        var dataDir = new Option<string?>("--datadir") { Description = "Directory of the chain database (default: ~/.ultronglow/dev)" };
        var inMemory = new Option<bool>("--in-memory") { Description = "Keep the chain in memory only (lost on exit)" };
        var blockTime = new Option<ulong?>("--block-time") { Description = "Mine a block every N seconds instead of one per transaction" };
        var accounts = new Option<int>("--accounts")
        {
            Description = "Number of funded accounts",
            DefaultValueFactory = _ => 10,
        };
        var mnemonic = new Option<string>("--mnemonic")
        {
            Description = "BIP-39 mnemonic of the funded accounts",
            DefaultValueFactory = _ => DevAccounts.TestMnemonic,
        };
        var chainId = new Option<ulong>("--chain-id")
        {
            Description = "Chain id",
            DefaultValueFactory = _ => DevChainOptions.DefaultChainId,
        };
        var maxBlocks = new Option<ulong?>("--stop-after") { Description = "Stop after mining this many blocks (scripts and tests)" };
        // A database limit in pages, for the tests of a full disk (SQLite then fails as when the disk is full).
        var maxPages = new Option<long>("--max-db-pages") { Description = "Fail as on a full disk once the database would pass N pages", Hidden = true };
        var rpcAddress = new Option<string>("--rpc.addr")
        {
            Description = "Address the JSON-RPC server (HTTP and WebSocket) listens on",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var rpcPort = new Option<int>("--rpc.port")
        {
            Description = "Port of the JSON-RPC server (0: any free port)",
            DefaultValueFactory = _ => 8545,
        };
        var command = new Command("dev", "Run a local development chain (automine, funded test accounts)")
        {
            dataDir, inMemory, blockTime, accounts, mnemonic, chainId, maxBlocks, maxPages, rpcAddress, rpcPort,
        };
        command.SetAction((parse, token) =>
        {
            var directory = parse.GetValue(inMemory) ? null : parse.GetValue(dataDir) ?? DefaultDataDirectory();
            var options = new DevChainOptions
            {
                DataDirectory = directory,
                BlockTimeSeconds = parse.GetValue(blockTime),
                AccountCount = parse.GetValue(accounts),
                Mnemonic = parse.GetValue(mnemonic)!,
                ChainId = parse.GetValue(chainId),
                DatabaseOptions = parse.GetValue(maxPages) is > 0 and var pages ? new SqliteDatabaseOptions { MaxPageCount = pages } : null,
            };
            var rpc = new RpcServerOptions
            {
                Address = parse.GetValue(rpcAddress)!,
                Port = parse.GetValue(rpcPort),
                CorsOrigins = ["*"],
                AllowedHosts = ["*"],
            };
            return RunAsync(parse.InvocationConfiguration, options, rpc, parse.GetValue(maxBlocks), token);
        });
        return command;
    }

    /// <summary>The default data directory: <c>.ultronglow/dev</c> under the user's home.</summary>
    public static string DefaultDataDirectory() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".ultronglow", "dev");

    private static async Task<int> RunAsync(InvocationConfiguration console, DevChainOptions options, RpcServerOptions rpcOptions, ulong? stopAfter, CancellationToken token)
    {
        if (options.BlockTimeSeconds == 0)
        {
            console.Error.WriteLine("error: --block-time must be at least 1 second (leave it out for automine).");
            return 2;
        }

        DevChain chain;
        try
        {
            chain = DevChain.Open(options, TimeProvider.System);
        }
        catch (Exception e) when (e is DatabaseException or StateException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {e.Message.ReplaceLineEndings(" ")}");
            return 1;
        }

        using (chain)
        {
            var output = console.Output;
            var registry = DevRpc.CreateRegistry(chain);
            await using var server = new RpcServer(rpcOptions, registry);
            try
            {
                await server.StartAsync(token).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                console.Error.WriteLine($"error: the JSON-RPC server cannot listen on {rpcOptions.Address}:{rpcOptions.Port}: {e.Message.ReplaceLineEndings(" ")} (is another node running? choose another --rpc.port)");
                return 1;
            }

            PrintBanner(output, chain, server);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);

            // SIGTERM and Ctrl+C stop the chain in order: the block being written is finished and the database closed.
            using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                try
                {
                    stop.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // A second signal while the command was already ending.
                }
            }

            ulong mined = 0;
            Exception? failure = null;
            chain.Tree.HeadChanged += (_, change) =>
            {
                var head = change.Head;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"block {head.Number} {head.Hash} txs={head.Transactions.Count} gas={head.Header.GasUsed}"));
                if (stopAfter is { } limit && ++mined >= limit)
                {
                    // Asynchronously: this runs on the mining thread, which the shutdown below waits for.
                    _ = stop.CancelAsync();
                }
            };
            chain.Failed += (_, e) =>
            {
                failure = e;
                _ = stop.CancelAsync();
            };
            chain.Start();

            // Until Ctrl+C, SIGTERM, --stop-after or a failure; then continue on a pool thread, never on the mining
            // thread that may have asked to stop (the shutdown below waits for it).
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(ConfigureAwaitOptions.ForceYielding | ConfigureAwaitOptions.SuppressThrowing);

            if (failure is not null)
            {
                console.Error.WriteLine($"error: {failure.Message.ReplaceLineEndings(" ")}");
                return 1;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stopped at block {chain.Tree.Head.Number}"));
            return 0;
        }
    }

    private static void PrintBanner(TextWriter output, DevChain chain, RpcServer server)
    {
        var head = chain.Tree.Head;
        var where = chain.DataDirectory is { } directory ? $"data in {Path.GetFullPath(directory)}" : "in memory (nothing is kept on exit)";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UltronGlow dev chain, chain id {chain.Spec.ChainId}, {where}"));
        output.WriteLine(head.Number == 0
            ? $"genesis {head.Hash}"
            : string.Create(CultureInfo.InvariantCulture, $"resumed at block {head.Number} {head.Hash}"));
        output.WriteLine(chain.Automine
            ? "mining: automine (a block for each transaction)"
            : string.Create(CultureInfo.InvariantCulture, $"mining: a block every {chain.Options.BlockTimeSeconds} s"));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Accounts ({Units.FormatUtg(chain.Options.AccountBalance)} UTG each at genesis; account 0 seals blocks)"));
        foreach (var account in chain.Accounts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({account.Index}) {account.Address.ToChecksumString()}"));
        }

        output.WriteLine();
        output.WriteLine("Private keys");
        foreach (var account in chain.Accounts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({account.Index}) {Hex.Encode(account.PrivateKey.Span)}"));
        }

        output.WriteLine();
        output.WriteLine("WARNING: these keys are public (derived from a published mnemonic). Never send real funds to these accounts.");
        output.WriteLine();
        output.WriteLine($"JSON-RPC (HTTP and WebSocket): {server.HttpUri}  {server.WebSocketUri}");
        output.WriteLine();
    }
}
