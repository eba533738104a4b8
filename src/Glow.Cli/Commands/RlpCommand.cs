using System.CommandLine;
using System.Text;
using System.Text.Json;
using Glow.Core.Encoding;
using Glow.Core.Rlp;

namespace Glow.Cli.Commands;

/// <summary>
/// <c>utg rlp decode &lt;hex&gt;</c>: decodes one RLP item strictly (canonical form, nothing after it) and prints it
/// as JSON, byte arrays as <c>"0x…"</c> strings and lists as arrays. Bad hex or invalid RLP prints one line
/// <c>error: ...</c> on standard error and exits with 2.
/// </summary>
internal static class RlpCommand
{
    /// <summary>Deepest list nesting printed (the JSON writer's own limit is 1000).</summary>
    private const int MaxDepth = 1000;

    public static Command Create()
    {
        var hex = new Argument<string>("hex") { Description = "The encoding, in hex (0x optional)" };
        var indent = new Option<bool>("--indent") { Description = "Indent the JSON" };
        var decode = new Command("decode", "Decode one RLP item and print it as JSON (byte arrays as 0x… strings, lists as arrays)")
        {
            hex,
            indent,
        };
        decode.SetAction(result => Decode(result.GetValue(hex)!, result.GetValue(indent), result.InvocationConfiguration));

        return new Command("rlp", "Recursive Length Prefix tools") { decode };
    }

    private static int Decode(string hex, bool indent, InvocationConfiguration console)
    {
        if (!Hex.TryDecode(hex.Trim(), out var bytes))
        {
            console.Error.WriteLine("error: the input is not hex (an even number of hex digits, 0x optional)");
            return 2;
        }

        try
        {
            console.Output.WriteLine(ToJson(bytes, indent));
            return 0;
        }
        catch (Exception e) when (e is RlpException or InvalidDataException)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static string ToJson(byte[] encoded, bool indent)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indent }))
        {
            var reader = new RlpReader(encoded);
            WriteItem(ref reader, json, depth: 0);
            reader.EnsureAtEnd();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteItem(ref RlpReader reader, Utf8JsonWriter json, int depth)
    {
        if (!reader.PeekIsList())
        {
            json.WriteStringValue(Hex.Encode(reader.ReadBytes()));
            return;
        }

        if (depth >= MaxDepth)
        {
            throw new InvalidDataException($"lists nest deeper than {MaxDepth}");
        }

        var list = reader.ReadList();
        json.WriteStartArray();
        while (!list.IsAtEnd)
        {
            WriteItem(ref list, json, depth + 1);
        }

        json.WriteEndArray();
    }
}
