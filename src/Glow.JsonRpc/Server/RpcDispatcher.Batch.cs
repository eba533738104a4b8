using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Glow.JsonRpc.Server;

public sealed partial class RpcDispatcher
{
    /// <summary>
    /// Answers a batch as geth does: an empty batch is one -32600 <c>empty batch</c> error; a batch over the limit is
    /// one -32600 <c>batch too large</c> error (in an array, with the id of the first call); otherwise each member is
    /// answered in order (notifications are not), and once the response passes the size limit the remaining calls
    /// get -32003 <c>response too large</c>. A batch of notifications only has no answer.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<bool> ProcessBatchAsync(JsonElement batch, RpcCallContext context, RpcBuffer output)
    {
        int count = batch.GetArrayLength();
        if (count == 0)
        {
            WriteResponse(output, default, RpcError.InvalidRequest("empty batch"));
            return true;
        }

        int start = output.WrittenCount;
        if (count > BatchRequestLimit)
        {
            output.WriteByte((byte)'[');
            WriteResponse(output, FirstCallId(batch), RpcError.InvalidRequest("batch too large"));
            output.WriteByte((byte)']');
            return true;
        }

        output.WriteByte((byte)'[');
        bool any = false;
        foreach (var message in batch.EnumerateArray())
        {
            int mark = output.WrittenCount;
            if (any)
            {
                output.WriteByte((byte)',');
            }

            bool answered;
            if (output.WrittenCount - start > BatchResponseMaxSize)
            {
                answered = TryCallId(message, out var id);
                if (answered)
                {
                    WriteResponse(output, id, RpcError.ResponseTooLarge());
                }
            }
            else
            {
                answered = await ProcessOneAsync(message, context, output).ConfigureAwait(false);
            }

            if (answered)
            {
                any = true;
            }
            else
            {
                output.Truncate(mark);
            }
        }

        if (!any)
        {
            output.Truncate(start);
            return false;
        }

        output.WriteByte((byte)']');
        return true;
    }

    private static JsonElement FirstCallId(JsonElement batch)
    {
        foreach (var message in batch.EnumerateArray())
        {
            if (TryCallId(message, out var id))
            {
                return id;
            }
        }

        return default;
    }

    private static bool TryCallId(JsonElement message, out JsonElement id)
    {
        id = default;
        return message.ValueKind == JsonValueKind.Object
            && message.TryGetProperty("id"u8, out id)
            && id.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null;
    }
}
