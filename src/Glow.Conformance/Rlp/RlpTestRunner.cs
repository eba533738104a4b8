using System.Text.Json;
using Glow.Core.Encoding;
using Glow.Core.Rlp;

namespace Glow.Conformance.Rlp;

/// <summary>
/// Runs ethereum/tests <c>RLPTests</c> files: an object of named cases, each with <c>in</c> and <c>out</c> (hex,
/// with or without 0x).
/// <list type="bullet">
/// <item><c>in</c> a value (see <see cref="RlpTestInput"/>): it must encode to exactly <c>out</c>, both with
/// <see cref="RlpWriter"/> and with <see cref="RlpBuilder"/>; <c>out</c> must decode strictly back to the same
/// structure; and reading <c>out</c> in that shape with the typed reader calls (integers strictly) must give the
/// values back.</item>
/// <item><c>in</c> = <c>"INVALID"</c>: the strict decoder must reject <c>out</c> with <see cref="RlpException"/>.</item>
/// <item><c>in</c> = <c>"VALID"</c>: <c>out</c> must decode, and re-encoding what was decoded must give <c>out</c>.</item>
/// </list>
/// </summary>
public static class RlpTestRunner
{
    /// <summary>
    /// Runs one file, or every <c>*.json</c> file under a directory (recursively, in ordinal order of their
    /// relative paths, so the output is the same on every machine).
    /// </summary>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a directory.</exception>
    /// <exception cref="InvalidDataException">A file is not JSON, or not an object of test cases; a directory holds no <c>*.json</c> file.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static TestReport Run(string path)
    {
        var failures = new List<TestFailure>();
        var passed = 0;
        foreach (var (file, name) in TestFiles.Enumerate(path))
        {
            passed += RunFile(file, name, failures);
        }

        return new TestReport(new RunTotals(passed, failures.Count, 0), failures);
    }

    /// <summary>Runs the cases of one file, adding failures to <paramref name="failures"/>; returns how many passed.</summary>
    private static int RunFile(string file, string name, List<TestFailure> failures)
    {
        using var document = Parse(file, name);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{name}: expected a JSON object of test cases, found {document.RootElement.ValueKind}");
        }

        var passed = 0;
        foreach (var test in document.RootElement.EnumerateObject())
        {
            var reason = RunCase(test.Value);
            if (reason is null)
            {
                passed++;
            }
            else
            {
                failures.Add(new TestFailure(name, test.Name, reason));
            }
        }

        return passed;
    }

    private static JsonDocument Parse(string file, string name)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}: malformed JSON: {OneLine(e.Message)}", e);
        }
    }

    /// <summary>Null when the case passes, otherwise why it failed.</summary>
    private static string? RunCase(JsonElement test)
    {
        if (test.ValueKind != JsonValueKind.Object
            || !test.TryGetProperty("in", out var input)
            || !test.TryGetProperty("out", out var output)
            || output.ValueKind != JsonValueKind.String)
        {
            return "malformed test: expected an object with 'in' and a string 'out'";
        }

        if (!Hex.TryDecode(output.GetString(), out var encoded))
        {
            return $"malformed test: 'out' is not hex: {output.GetString()}";
        }

        if (input.ValueKind == JsonValueKind.String && input.ValueEquals("INVALID"))
        {
            return ExpectRejected(encoded);
        }

        if (input.ValueKind == JsonValueKind.String && input.ValueEquals("VALID"))
        {
            return ExpectAccepted(encoded);
        }

        RlpNode expected;
        try
        {
            expected = RlpTestInput.Parse(input);
        }
        catch (FormatException e)
        {
            return $"malformed test: {e.Message}";
        }

        return ExpectRoundTrip(expected, encoded);
    }

    private static string? ExpectRejected(byte[] encoded)
    {
        try
        {
            var decoded = RlpNode.Decode(encoded);
            return $"decoded to {decoded}, but the input is invalid and must be rejected";
        }
        catch (RlpException)
        {
            return null;
        }
        catch (InvalidDataException e)
        {
            return $"rejected for a reason other than invalid RLP: {e.Message}";
        }
    }

    private static string? ExpectAccepted(byte[] encoded)
    {
        RlpNode decoded;
        try
        {
            decoded = RlpNode.Decode(encoded);
        }
        catch (Exception e) when (e is RlpException or InvalidDataException)
        {
            return $"valid input rejected: {e.Message}";
        }

        var reencoded = decoded.EncodeWithWriter();
        return reencoded.AsSpan().SequenceEqual(encoded)
            ? null
            : $"decoded and re-encoded to {Hex.Encode(reencoded)}, expected {Hex.Encode(encoded)}";
    }

    private static string? ExpectRoundTrip(RlpNode expected, byte[] encoded)
    {
        var written = expected.EncodeWithWriter();
        if (!written.AsSpan().SequenceEqual(encoded))
        {
            return $"RlpWriter encoded {expected} as {Hex.Encode(written)}, expected {Hex.Encode(encoded)}";
        }

        var built = expected.EncodeWithBuilder();
        if (!built.AsSpan().SequenceEqual(encoded))
        {
            return $"RlpBuilder encoded {expected} as {Hex.Encode(built)}, expected {Hex.Encode(encoded)}";
        }

        try
        {
            var decoded = RlpNode.Decode(encoded);
            if (!decoded.SameStructure(expected))
            {
                return $"decoded to {decoded}, expected {expected}";
            }

            var mismatch = expected.CheckTypedRead(encoded);
            return mismatch is null ? null : $"typed read: {mismatch}";
        }
        catch (Exception e) when (e is RlpException or InvalidDataException)
        {
            return $"decoding failed: {e.Message}";
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
