namespace Glow.Architecture.Tests;

/// <summary>
/// The layering of architecture.md: each project of <c>src/</c> and the projects it may reference.
/// References only point down; siblings never see each other.
/// </summary>
public static class LayerRules
{
    private static readonly string[] Domain = ["Glow.State", "Glow.Evm", "Glow.Consensus", "Glow.Storage"];

    /// <summary>Allowed direct references, per project. A project missing here is itself a violation.</summary>
    public static IReadOnlyDictionary<string, string[]> Allowed { get; } = new SortedDictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Glow.Core"] = [],
        ["Glow.State"] = ["Glow.Core"],
        ["Glow.Evm"] = ["Glow.Core"],
        ["Glow.Consensus"] = ["Glow.Core"],
        ["Glow.Storage"] = ["Glow.Core"],
        ["Glow.Node"] = ["Glow.Core", .. Domain],
        ["Glow.JsonRpc.Client"] = ["Glow.Core"],
        ["Glow.JsonRpc"] = ["Glow.Core", "Glow.Node", "Glow.JsonRpc.Client"],
        ["Glow.Explorer"] = ["Glow.Core", "Glow.JsonRpc.Client"],
        // The conformance runners drive the real components the way the node does, below the CLI.
        ["Glow.Conformance"] = ["Glow.Core", "Glow.Node", .. Domain],
        ["Glow.Cli"] = ["Glow.Core", "Glow.Node", "Glow.JsonRpc", "Glow.JsonRpc.Client", "Glow.Explorer", "Glow.Conformance", .. Domain],
    };

    /// <summary>Every reference in <paramref name="graph"/> that the rules do not allow, as readable sentences.</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyDictionary<string, IReadOnlyList<string>> graph)
    {
        var violations = new List<string>();
        foreach (var (project, references) in graph.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!Allowed.TryGetValue(project, out var allowed))
            {
                violations.Add($"{project} is not in the layer table of architecture.md");
                continue;
            }

            foreach (var reference in references)
            {
                if (!allowed.Contains(reference, StringComparer.Ordinal))
                {
                    violations.Add($"{project} must not reference {reference} (upward or sideways)");
                }
            }
        }

        return violations;
    }
}
