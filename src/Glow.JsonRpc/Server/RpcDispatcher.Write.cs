using System.Text.Json;

namespace Glow.JsonRpc.Server;

public sealed partial class RpcDispatcher
{
    /// <summary>
    /// Writes <c>{"jsonrpc":"2.0","id":…,"result"|"error":…}</c>. When the result's writer throws, what it wrote is
    /// cut off and the call is answered with -32603 instead, so a faulty handler never sends broken JSON.
    /// </summary>
    private void WriteResponse(RpcBuffer output, JsonElement id, in RpcResult result)
    {
        int start = output.WrittenCount;
        var writer = RpcWriterCache.Acquire(output);
        try
        {
            WriteEnvelope(writer, id, result);
            writer.Flush();
        }
        catch (Exception e) when (!result.IsError)
        {
            LogResultWriterFailed(e);
            output.Truncate(start);
            writer.Reset(output);
            WriteEnvelope(writer, id, RpcError.Internal());
            writer.Flush();
        }
        finally
        {
            RpcWriterCache.Release(writer);
        }
    }

    private static void WriteEnvelope(Utf8JsonWriter writer, JsonElement id, in RpcResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("jsonrpc"u8, "2.0"u8);
        writer.WritePropertyName("id"u8);
        if (id.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteNullValue();
        }
        else
        {
            id.WriteTo(writer);
        }

        var error = result.Error;
        if (error is not null)
        {
            writer.WriteStartObject("error"u8);
            writer.WriteNumber("code"u8, error.Code);
            writer.WriteString("message"u8, error.Message);
            if (error.Data is not null)
            {
                writer.WriteString("data"u8, error.Data);
            }

            writer.WriteEndObject();
        }
        else
        {
            writer.WritePropertyName("result"u8);
            result.WriteValue(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a notification <c>{"jsonrpc":"2.0","method":"eth_subscription","params":{"subscription":id,"result":…}}</c>;
    /// false (and nothing written) when the result's writer throws.
    /// </summary>
    internal bool WriteNotification(RpcBuffer output, RpcSubscription subscription, in RpcResult result)
    {
        int start = output.WrittenCount;
        var writer = RpcWriterCache.Acquire(output);
        try
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc"u8, "2.0"u8);
            writer.WriteString("method"u8, subscription.NotificationMethod);
            writer.WriteStartObject("params"u8);
            writer.WriteString("subscription"u8, subscription.Id);
            if (result.IsError)
            {
                writer.WriteNull("result"u8);
            }
            else
            {
                writer.WritePropertyName("result"u8);
                result.WriteValue(writer);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
            return true;
        }
        catch (Exception e)
        {
            LogResultWriterFailed(e);
            output.Truncate(start);
            return false;
        }
        finally
        {
            RpcWriterCache.Release(writer);
        }
    }
}
