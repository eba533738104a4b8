using System.Text.Json;

namespace Glow.TestKit;

/// <summary>
/// The execution-apis case <c>eth_sendRawTransaction/send-blob-tx.io</c>: a blob transaction in its EIP-4844 network
/// form (the request's params[0]) and the transaction hash the node must return (the response's result). Read from
/// <see cref="RepoPaths.EthTests"/>; throws when the file is missing or not of the expected shape.
/// </summary>
public static class SendBlobTxVector
{
    private static readonly Lazy<(byte[] Raw, string Hash)> Loaded = new(Load);

    /// <summary>The path of the case file.</summary>
    public static string FilePath =>
        Path.Combine(RepoPaths.EthTests, "execution-apis", "tests", "eth_sendRawTransaction", "send-blob-tx.io");

    /// <summary>The raw transaction bytes sent (a fresh copy each time).</summary>
    public static byte[] RawTransaction => (byte[])Loaded.Value.Raw.Clone();

    /// <summary>The expected transaction hash as 0x-prefixed lowercase hex.</summary>
    public static string ExpectedHash => Loaded.Value.Hash;

    private static (byte[] Raw, string Hash) Load()
    {
        var path = FilePath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Conformance data missing: {path}");
        }

        string? raw = null, hash = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(">> ", StringComparison.Ordinal))
            {
                using var request = JsonDocument.Parse(line[3..]);
                raw = request.RootElement.GetProperty("params")[0].GetString();
            }
            else if (line.StartsWith("<< ", StringComparison.Ordinal))
            {
                using var response = JsonDocument.Parse(line[3..]);
                hash = response.RootElement.GetProperty("result").GetString();
            }
        }

        if (raw is null || hash is null || !raw.StartsWith("0x", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path} does not hold one request with a hex params[0] and one response with a result");
        }

        return (Convert.FromHexString(raw.AsSpan(2)), hash.ToLowerInvariant());
    }
}
