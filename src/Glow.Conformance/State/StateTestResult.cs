using System.Text;
using System.Text.Json;
using Glow.Core;

namespace Glow.Conformance.State;

/// <summary>The outcome of one (test, fork, data/gas/value index) case of a GeneralStateTests file.</summary>
/// <param name="File">The file, relative to the path the run started from.</param>
/// <param name="Name">The test's name (its key in the file).</param>
/// <param name="Fork">The fork.</param>
/// <param name="Data">The data index.</param>
/// <param name="Gas">The gas index.</param>
/// <param name="Value">The value index.</param>
/// <param name="Pass">True when the post-state root and logs hash (or the expected rejection) match.</param>
/// <param name="Root">The state root computed, null when the case did not run.</param>
/// <param name="ExpectedRoot">The root the test expects.</param>
/// <param name="Error">Why the case failed or was skipped; otherwise the transaction's own outcome if it was not a success, or null.</param>
/// <param name="Skipped">True when the case is on the skip list.</param>
public sealed record StateTestResult(string File, string Name, string Fork, int Data, int Gas, int Value, bool Pass, Hash256? Root, Hash256 ExpectedRoot, string? Error, bool Skipped = false)
{
    /// <summary>The case as one JSON line: name, fork, index, pass, computed root, expected root, error.</summary>
    public string ToJsonLine()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("name", Name);
            json.WriteString("file", File);
            json.WriteString("fork", Fork);
            json.WriteStartObject("index");
            json.WriteNumber("d", Data);
            json.WriteNumber("g", Gas);
            json.WriteNumber("v", Value);
            json.WriteEndObject();
            json.WriteBoolean("pass", Pass);
            if (Skipped)
            {
                json.WriteBoolean("skipped", true);
            }

            json.WriteString("root", Root?.ToString());
            json.WriteString("expectedRoot", ExpectedRoot.ToString());
            json.WriteString("error", Error);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
