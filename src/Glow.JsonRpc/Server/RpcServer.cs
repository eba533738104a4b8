using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Glow.JsonRpc.Server;

/// <summary>
/// The JSON-RPC server: Kestrel answering HTTP POST and WebSocket upgrades on the same address, port and path
/// (<c>/</c>), with the host and CORS allow-lists and the size limits of <see cref="RpcServerOptions"/>. Every
/// JSON-RPC error is sent with HTTP 200 (rpc.md, rule 4), including an oversized body (geth answers 413 there).
/// </summary>
public sealed partial class RpcServer : IAsyncDisposable
{
    private readonly RpcHttpPolicy _policy;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private int _port;

    /// <summary>A server for the methods of <paramref name="registry"/>; call <see cref="StartAsync"/>.</summary>
    public RpcServer(RpcServerOptions options, RpcMethodRegistry registry, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(registry);
        Options = options;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger("Glow.JsonRpc");
        Dispatcher = new RpcDispatcher(registry, options.BatchRequestLimit, options.BatchResponseMaxSize, _logger);
        _policy = new RpcHttpPolicy(options);
    }

    /// <summary>The settings.</summary>
    public RpcServerOptions Options { get; }

    /// <summary>The envelope handling, shared by both transports.</summary>
    public RpcDispatcher Dispatcher { get; }

    /// <summary>The methods answered.</summary>
    public RpcMethodRegistry Registry => Dispatcher.Registry;

    /// <summary>The port listened on (the one chosen by the system when <see cref="RpcServerOptions.Port"/> is 0).</summary>
    /// <exception cref="InvalidOperationException">The server is not started.</exception>
    public int Port => _app is null ? throw new InvalidOperationException("The server is not started.") : _port;

    /// <summary>The HTTP address, such as <c>http://127.0.0.1:8545/</c>.</summary>
    public Uri HttpUri => new($"http://{UriHost}:{Port}/");

    /// <summary>The WebSocket address, such as <c>ws://127.0.0.1:8545/</c>.</summary>
    public Uri WebSocketUri => new($"ws://{UriHost}:{Port}/");

    private string UriHost => ListenAddress() switch
    {
        var ip when ip.Equals(IPAddress.Any) => "127.0.0.1",
        var ip when ip.Equals(IPAddress.IPv6Any) => "[::1]",
        var ip when ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 => $"[{ip}]",
        var ip => ip.ToString(),
    };

    /// <summary>Binds the address and starts answering.</summary>
    /// <exception cref="InvalidOperationException">Already started.</exception>
    /// <exception cref="IOException">The address is in use.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_app is not null)
        {
            throw new InvalidOperationException("The server is already started.");
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddLogging();
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, HostedByCallerLifetime>();
        builder.Services.AddSingleton(_loggerFactory);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The body limit is checked here to answer with a JSON-RPC error; Kestrel's only stops endless streams.
            kestrel.Limits.MaxRequestBodySize = Options.MaxRequestSize * 2L;
            kestrel.Listen(ListenAddress(), Options.Port);
        });

        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = Options.WebSocketKeepAliveInterval });
        app.Run(HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        _port = BoundPort(app);
        LogListening(HttpUri);
    }

    /// <summary>Stops listening, closes the WebSocket connections (ending their subscriptions) and waits for calls in flight.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        var app = _app;
        if (app is null)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await app.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }

        _stopping.Dispose();
    }

    private IPAddress ListenAddress() =>
        string.Equals(Options.Address, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(Options.Address, out var ip) ? ip
        : throw new ArgumentException($"The RPC address must be an IP address or localhost, not \"{Options.Address}\".");

    private int BoundPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        foreach (var address in addresses?.Addresses ?? [])
        {
            if (Uri.TryCreate(address, UriKind.Absolute, out var uri))
            {
                return uri.Port;
            }
        }

        return Options.Port;
    }
}
