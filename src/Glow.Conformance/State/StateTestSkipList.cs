using System.Reflection;

namespace Glow.Conformance.State;

/// <summary>The explicit skip list of the state tests, read from the embedded <c>StateTestSkips.txt</c>.</summary>
public sealed class StateTestSkipList
{
    private readonly Dictionary<string, string> _reasons;

    private StateTestSkipList(Dictionary<string, string> reasons) => _reasons = reasons;

    /// <summary>The list shipped with the runner.</summary>
    public static StateTestSkipList Default { get; } = FromResource("Glow.Conformance.State.StateTestSkips.txt");

    /// <summary>A list that skips nothing.</summary>
    public static StateTestSkipList None { get; } = new([]);

    /// <summary>Every skipped test name with its reason.</summary>
    public IReadOnlyDictionary<string, string> Reasons => _reasons;

    /// <summary>Parses <c>name: reason</c> lines; blank lines and lines starting with <c>#</c> are ignored.</summary>
    /// <exception cref="InvalidDataException">A line without a reason.</exception>
    public static StateTestSkipList Parse(string text)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line[(colon + 1)..].Trim().Length == 0)
            {
                throw new InvalidDataException($"skip list line without a reason: {line}");
            }

            reasons[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        return new StateTestSkipList(reasons);
    }

    /// <summary>The reason <paramref name="testName"/> is skipped, or null when it runs.</summary>
    public string? ReasonFor(string testName) => _reasons.GetValueOrDefault(testName);

    /// <summary>A skip list embedded in this assembly under <paramref name="resourceName"/> (each runner ships its own).</summary>
    internal static StateTestSkipList FromResource(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
