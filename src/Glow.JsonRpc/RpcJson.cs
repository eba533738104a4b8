using System.Text.Encodings.Web;
using System.Text.Json;

namespace Glow.JsonRpc;

/// <summary>The JSON settings of the server: compact output, only the escaping JSON requires (responses are not HTML).</summary>
internal static class RpcJson
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    public static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        MaxDepth = 128,
    };
}
