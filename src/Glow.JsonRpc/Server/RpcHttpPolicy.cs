using System.Net;
using Microsoft.AspNetCore.Http;

namespace Glow.JsonRpc.Server;

/// <summary>The host allow-list (geth's vhosts, against DNS rebinding) and the CORS origin allow-list.</summary>
internal sealed class RpcHttpPolicy
{
    private readonly HashSet<string> _hosts;
    private readonly bool _anyHost;
    private readonly HashSet<string> _origins;
    private readonly bool _anyOrigin;

    public RpcHttpPolicy(RpcServerOptions options)
    {
        _hosts = new HashSet<string>(options.AllowedHosts, StringComparer.OrdinalIgnoreCase);
        _anyHost = _hosts.Contains("*");
        _origins = new HashSet<string>(options.CorsOrigins, StringComparer.OrdinalIgnoreCase);
        _anyOrigin = _origins.Contains("*");
    }

    public bool HasCors => _origins.Count > 0;

    /// <summary>
    /// True for a missing Host header (HTTP/1.0), an IP address (a rebinding attack needs a name), or an allowed name.
    /// </summary>
    public bool IsHostAllowed(HostString host)
    {
        if (_anyHost || !host.HasValue)
        {
            return true;
        }

        string name = host.Host;
        return _hosts.Contains(name) || IPAddress.TryParse(name, out _);
    }

    /// <summary>
    /// Browsers apply no CORS to WebSockets, so an upgrade is refused when it comes from a page whose origin is neither
    /// allowed nor local (like geth's WebSocket origin check); clients that send no Origin (tools, libraries) pass.
    /// </summary>
    public bool IsWebSocketOriginAllowed(string? origin)
    {
        if (string.IsNullOrEmpty(origin) || _anyOrigin || _origins.Contains(origin))
        {
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && (uri.IsLoopback || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The <c>Access-Control-Allow-Origin</c> value for <paramref name="origin"/>, or null when it is not allowed.</summary>
    public string? AllowedOrigin(string origin)
    {
        if (_anyOrigin)
        {
            return "*";
        }

        return _origins.Contains(origin) ? origin : null;
    }
}
