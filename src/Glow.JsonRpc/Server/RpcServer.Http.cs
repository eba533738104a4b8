using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace Glow.JsonRpc.Server;

public sealed partial class RpcServer
{
    private const string JsonContentType = "application/json";

    /// <summary>Answer to an oversized body: -32600 with HTTP 200 (rpc.md, rule 4; geth sends 413).</summary>
    private static readonly byte[] RequestTooLarge =
        """{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"request too large"}}"""u8.ToArray();

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (!_policy.IsHostAllowed(request.Host))
        {
            await RespondTextAsync(http, StatusCodes.Status403Forbidden, "invalid host specified\n").ConfigureAwait(false);
            return;
        }

        if (request.Path.Value is not ("/" or "" or null))
        {
            await RespondTextAsync(http, StatusCodes.Status404NotFound, "404 page not found\n").ConfigureAwait(false);
            return;
        }

        bool originAllowed = ApplyCors(http);
        try
        {
            if (HttpMethods.IsPost(request.Method))
            {
                await HandlePostAsync(http).ConfigureAwait(false);
            }
            else if (HttpMethods.IsGet(request.Method) && http.WebSockets.IsWebSocketRequest)
            {
                if (_policy.IsWebSocketOriginAllowed(request.Headers.Origin))
                {
                    await HandleWebSocketAsync(http).ConfigureAwait(false);
                }
                else
                {
                    await RespondTextAsync(http, StatusCodes.Status403Forbidden, "websocket: origin not allowed\n").ConfigureAwait(false);
                }
            }
            else if (HttpMethods.IsOptions(request.Method))
            {
                AnswerPreflight(http, originAllowed);
            }
            else
            {
                http.Response.Headers.Allow = "POST, GET, OPTIONS";
                await RespondTextAsync(http, StatusCodes.Status405MethodNotAllowed,
                    "method not allowed: send JSON-RPC requests with POST, or open a WebSocket\n").ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
    }

    private async Task HandlePostAsync(HttpContext http)
    {
        var response = http.Response;
        if (http.Request.ContentLength > Options.MaxRequestSize)
        {
            await RespondJsonAsync(response, RequestTooLarge, http.RequestAborted).ConfigureAwait(false);
            return;
        }

        var reader = http.Request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await reader.ReadAsync(http.RequestAborted).ConfigureAwait(false);
            if (read.Buffer.Length > Options.MaxRequestSize)
            {
                reader.AdvanceTo(read.Buffer.End);
                await RespondJsonAsync(response, RequestTooLarge, http.RequestAborted).ConfigureAwait(false);
                return;
            }

            if (read.IsCompleted)
            {
                break;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        using var output = new RpcBuffer();
        var context = new RpcCallContext(RpcTransport.Http, null, RemoteEndPoint(http), http.RequestAborted);
        try
        {
            await Dispatcher.ProcessAsync(read.Buffer, context, output).ConfigureAwait(false);
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }

        await RespondJsonAsync(response, output.WrittenMemory, http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task RespondJsonAsync(HttpResponse response, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        response.ContentLength = body.Length;
        if (!body.IsEmpty)
        {
            await response.BodyWriter.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task RespondTextAsync(HttpContext http, int status, string text)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(text, http.RequestAborted);
    }

    /// <summary>Adds the CORS headers when the request's Origin is allowed; true when it is.</summary>
    private bool ApplyCors(HttpContext http)
    {
        if (!_policy.HasCors)
        {
            return false;
        }

        string? origin = http.Request.Headers.Origin;
        if (string.IsNullOrEmpty(origin))
        {
            return false;
        }

        string? allowed = _policy.AllowedOrigin(origin);
        if (allowed is null)
        {
            return false;
        }

        var headers = http.Response.Headers;
        headers.AccessControlAllowOrigin = allowed;
        if (allowed != "*")
        {
            headers.Vary = "Origin";
        }

        return true;
    }

    /// <summary>An OPTIONS preflight: 204, with the allowed methods and headers when the origin is allowed.</summary>
    private static void AnswerPreflight(HttpContext http, bool originAllowed)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status204NoContent;
        if (!originAllowed)
        {
            return;
        }

        var headers = response.Headers;
        headers.AccessControlAllowMethods = "POST, GET, OPTIONS";
        string? requested = http.Request.Headers.AccessControlRequestHeaders;
        headers.AccessControlAllowHeaders = string.IsNullOrEmpty(requested) ? "Content-Type" : requested;
        headers.AccessControlMaxAge = "600";
    }

    private static IPEndPoint? RemoteEndPoint(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } ip ? new IPEndPoint(ip, http.Connection.RemotePort) : null;
}
