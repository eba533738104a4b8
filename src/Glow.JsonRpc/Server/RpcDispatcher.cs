using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Glow.JsonRpc.Server;

/// <summary>
/// The JSON-RPC 2.0 envelope, independent of the transport: parses a request body (one request or a batch), checks
/// each request, calls the handlers of the <see cref="RpcMethodRegistry"/> and writes the responses. Every error is a
/// JSON-RPC error (the transport answers HTTP 200, rpc.md rule 4); a handler exception becomes -32603
/// <c>method handler crashed</c> and is logged. Usable in process (tests, the execution-apis cases) through
/// <see cref="ProcessAsync(string, RpcCallContext)"/>.
/// </summary>
public sealed partial class RpcDispatcher
{
    private readonly RpcMethodRegistry _registry;
    private readonly ILogger _logger;

    /// <summary>A dispatcher for the methods of <paramref name="registry"/>.</summary>
    /// <param name="registry">The methods.</param>
    /// <param name="batchRequestLimit">The most requests in a batch (geth's BatchRequestLimit, 1,000).</param>
    /// <param name="batchResponseMaxSize">
    /// Once a batch's response passes this many bytes, its remaining calls get -32003 <c>response too large</c>
    /// (geth's BatchResponseMaxSize, 25,000,000).
    /// </param>
    /// <param name="logger">Where handler crashes (error) and calls (debug) are logged.</param>
    public RpcDispatcher(RpcMethodRegistry registry, int batchRequestLimit = 1000, long batchResponseMaxSize = 25_000_000, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchRequestLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchResponseMaxSize, 1);
        _registry = registry;
        BatchRequestLimit = batchRequestLimit;
        BatchResponseMaxSize = batchResponseMaxSize;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The methods answered.</summary>
    public RpcMethodRegistry Registry => _registry;

    /// <summary>The most requests in a batch.</summary>
    public int BatchRequestLimit { get; }

    /// <summary>The response size after which a batch's remaining calls are refused.</summary>
    public long BatchResponseMaxSize { get; }

    /// <summary>Answers <paramref name="requestJson"/>; null when it held only notifications (nothing to answer).</summary>
    public async ValueTask<string?> ProcessAsync(string requestJson, RpcCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestJson);
        var bytes = await ProcessAsync(System.Text.Encoding.UTF8.GetBytes(requestJson), context).ConfigureAwait(false);
        return bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Answers a UTF-8 request body; null when it held only notifications.</summary>
    public async ValueTask<byte[]?> ProcessAsync(ReadOnlyMemory<byte> utf8Request, RpcCallContext context)
    {
        using var output = new RpcBuffer();
        bool answered = await ProcessAsync(new ReadOnlySequence<byte>(utf8Request), context, output).ConfigureAwait(false);
        if (answered)
        {
            context.ActivateSubscriptions();
        }

        return answered ? output.WrittenSpan.ToArray() : null;
    }

    /// <summary>Parses and answers a request body into <paramref name="output"/>; false when there is nothing to answer.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    internal async ValueTask<bool> ProcessAsync(ReadOnlySequence<byte> request, RpcCallContext context, RpcBuffer output)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(request, RpcJson.DocumentOptions);
        }
        catch (JsonException)
        {
            WriteResponse(output, default, RpcError.ParseError());
            return true;
        }

        using (document)
        {
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Array
                ? await ProcessBatchAsync(root, context, output).ConfigureAwait(false)
                : await ProcessOneAsync(root, context, output).ConfigureAwait(false);
        }
    }

    /// <summary>Answers one request object into <paramref name="output"/>; false for a valid notification (no id).</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<bool> ProcessOneAsync(JsonElement message, RpcCallContext context, RpcBuffer output)
    {
        var invalid = Check(message, out var id, out bool isCall, out var methodElement, out var parameters);
        if (invalid is not null)
        {
            WriteResponse(output, id, invalid);
            return true;
        }

        RpcResult result;
        if (!TryFindMethod(methodElement, out var method))
        {
            result = RpcError.MethodNotFound(methodElement.GetString()!);
        }
        else
        {
            LogCall(method.Name);
            var pending = InvokeAsync(method, new RpcParams(parameters), context);
            result = pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(false);
        }

        if (!isCall)
        {
            return false;
        }

        WriteResponse(output, id, result);
        return true;
    }

    /// <summary>
    /// Checks the envelope: an object, <c>"jsonrpc":"2.0"</c>, a string method, an id that is a string, number or
    /// null (absent: a notification), and params that are an array (or absent). Returns the error to answer, or null.
    /// </summary>
    private static RpcError? Check(JsonElement message, out JsonElement id, out bool isCall, out JsonElement method, out JsonElement parameters)
    {
        id = default;
        method = default;
        parameters = default;
        isCall = false;
        if (message.ValueKind != JsonValueKind.Object)
        {
            return RpcError.InvalidRequest();
        }

        if (message.TryGetProperty("id"u8, out var idElement))
        {
            if (idElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null))
            {
                return RpcError.InvalidRequest();
            }

            id = idElement;
            isCall = true;
        }

        if (!message.TryGetProperty("jsonrpc"u8, out var version) || version.ValueKind != JsonValueKind.String || !version.ValueEquals("2.0"u8))
        {
            return RpcError.InvalidRequest();
        }

        if (!message.TryGetProperty("method"u8, out method) || method.ValueKind != JsonValueKind.String)
        {
            return RpcError.InvalidRequest();
        }

        if (message.TryGetProperty("params"u8, out var paramsElement) && paramsElement.ValueKind != JsonValueKind.Null)
        {
            if (paramsElement.ValueKind != JsonValueKind.Array)
            {
                // geth's words for by-name (object) parameters, which Ethereum methods do not take.
                return RpcError.InvalidParams("non-array args");
            }

            parameters = paramsElement;
        }

        return null;
    }

    private bool TryFindMethod(JsonElement methodElement, out RpcMethod method)
    {
        var raw = JsonMarshal.GetRawUtf8Value(methodElement);
        raw = raw[1..^1];
        return raw.IndexOf((byte)'\\') < 0
            ? _registry.TryGet(raw, out method)
            : _registry.TryGet(methodElement.GetString()!, out method);
    }

    /// <summary>Calls the handler; its <see cref="RpcErrorException"/> becomes its error, any other exception -32603.</summary>
    private ValueTask<RpcResult> InvokeAsync(RpcMethod method, RpcParams parameters, RpcCallContext context)
    {
        if (method.MaxParameters >= 0 && parameters.Count > method.MaxParameters)
        {
            return new(RpcError.InvalidParams($"too many arguments, want at most {method.MaxParameters}"));
        }

        try
        {
            var pending = method.Handler(parameters, context);
            return pending.IsCompletedSuccessfully ? new(pending.Result) : AwaitHandlerAsync(pending, method, context);
        }
        catch (Exception e)
        {
            return new(Fault(e, method, context));
        }
    }

    private async ValueTask<RpcResult> AwaitHandlerAsync(ValueTask<RpcResult> pending, RpcMethod method, RpcCallContext context)
    {
        try
        {
            return await pending.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return Fault(e, method, context);
        }
    }

    private RpcResult Fault(Exception exception, RpcMethod method, RpcCallContext context)
    {
        if (exception is RpcErrorException rpcError)
        {
            return rpcError.Error;
        }

        if (exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested)
        {
            return RpcError.Server("request cancelled");
        }

        LogHandlerCrashed(method.Name, exception);
        return RpcError.Internal();
    }
}
