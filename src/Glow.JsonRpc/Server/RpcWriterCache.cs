using System.Buffers;
using System.Text.Json;

namespace Glow.JsonRpc.Server;

/// <summary>
/// One <see cref="Utf8JsonWriter"/> per thread, reset onto each output: responses are written in synchronous
/// stretches (never across an await), so a thread-local writer is never shared.
/// </summary>
internal static class RpcWriterCache
{
    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    public static Utf8JsonWriter Acquire(IBufferWriter<byte> output)
    {
        var writer = _writer;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(output, RpcJson.WriterOptions);
            _writer = writer;
        }
        else
        {
            writer.Reset(output);
        }

        return writer;
    }

    /// <summary>Detaches the writer from its output (so it keeps no reference to a pooled buffer).</summary>
    public static void Release(Utf8JsonWriter writer) => writer.Reset(NullBufferWriter.Instance);
}
