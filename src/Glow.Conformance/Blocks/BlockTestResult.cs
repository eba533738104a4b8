using System.Text;
using System.Text.Json;
using Glow.Core;

namespace Glow.Conformance.Blocks;

/// <summary>The outcome of one test of a BlockchainTests file.</summary>
/// <param name="File">The file, relative to the path the run started from.</param>
/// <param name="Name">The test's name (its key in the file).</param>
/// <param name="Network">The test's fork.</param>
/// <param name="Pass">True when every block was accepted or rejected as expected and the head and post-state match.</param>
/// <param name="LastBlockHash">The head after the import; null when the test did not run or its genesis failed.</param>
/// <param name="ExpectedLastBlockHash">The head the test expects.</param>
/// <param name="Error">Why the test failed or was skipped, or null.</param>
/// <param name="Skipped">True when the test was not run (another network, or on the skip list).</param>
public sealed record BlockTestResult(string File, string Name, string Network, bool Pass, Hash256? LastBlockHash, Hash256? ExpectedLastBlockHash, string? Error, bool Skipped = false)
{
    /// <summary>The test as one JSON line: name, file, network, pass, last block hash and the expected one, error.</summary>
    public string ToJsonLine()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("name", Name);
            json.WriteString("file", File);
            json.WriteString("network", Network);
            json.WriteBoolean("pass", Pass);
            if (Skipped)
            {
                json.WriteBoolean("skipped", true);
            }

            json.WriteString("lastBlockHash", LastBlockHash?.ToString());
            json.WriteString("expectedLastBlockHash", ExpectedLastBlockHash?.ToString());
            json.WriteString("error", Error);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
