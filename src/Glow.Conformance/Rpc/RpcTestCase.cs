namespace Glow.Conformance.Rpc;

/// <summary>
/// One execution-apis conformance case (a <c>.io</c> file): requests (<c>&gt;&gt; </c> lines) each followed by the
/// expected response (<c>&lt;&lt; </c> lines), with <c>//</c> comments. A <c>// speconly</c> comment marks a case whose
/// responses are checked by shape only (the values depend on the client).
/// </summary>
/// <param name="Name">The case's name: its path under the tests directory without <c>.io</c>, e.g. <c>eth_call/call-revert-abi-error</c>.</param>
/// <param name="SpecOnly">True when only the shape of the responses is checked.</param>
/// <param name="Exchanges">The requests and their expected responses, in order.</param>
public sealed record RpcTestCase(string Name, bool SpecOnly, IReadOnlyList<RpcExchange> Exchanges)
{
    /// <summary>Parses the text of a <c>.io</c> file.</summary>
    /// <exception cref="FormatException">A line is neither a comment, a request nor a response, a response comes without
    /// a request, a request is left without its response, or the file holds no exchange.</exception>
    public static RpcTestCase Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        var exchanges = new List<RpcExchange>();
        var specOnly = false;
        string? request = null;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("//", StringComparison.Ordinal))
            {
                specOnly |= line[2..].Trim().Equals("speconly", StringComparison.OrdinalIgnoreCase);
            }
            else if (line.StartsWith(">> ", StringComparison.Ordinal))
            {
                if (request is not null)
                {
                    throw new FormatException($"{name}, line {lineNumber}: a request follows a request that has no response.");
                }

                request = line[3..];
            }
            else if (line.StartsWith("<< ", StringComparison.Ordinal))
            {
                exchanges.Add(new RpcExchange(request ?? throw new FormatException($"{name}, line {lineNumber}: a response without a request."), line[3..]));
                request = null;
            }
            else
            {
                throw new FormatException($"{name}, line {lineNumber}: not a comment, request (>> ) or response (<< ).");
            }
        }

        if (request is not null)
        {
            throw new FormatException($"{name}: the last request has no response.");
        }

        return exchanges.Count > 0 ? new RpcTestCase(name, specOnly, exchanges) : throw new FormatException($"{name}: no request in the file.");
    }
}
