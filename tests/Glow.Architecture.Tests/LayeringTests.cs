using Glow.TestKit;

namespace Glow.Architecture.Tests;

public class LayeringTests
{
    [Fact]
    public void Source_projects_reference_only_downward()
    {
        var graph = ProjectGraph.Read(Path.Combine(RepoPaths.Root, "src"));

        Assert.Contains("Glow.Core", graph.Keys);
        Assert.Contains("Glow.Cli", graph.Keys);
        Assert.Empty(LayerRules.Violations(graph));
    }

    [Fact]
    public void Core_references_nothing_of_ours()
    {
        var graph = ProjectGraph.Read(Path.Combine(RepoPaths.Root, "src"));

        Assert.Empty(graph["Glow.Core"]);
    }

    [Fact]
    public void Rule_rejects_an_upward_reference()
    {
        var fake = Graph(("Glow.Core", ["Glow.State"]), ("Glow.State", ["Glow.Core"]));

        var violation = Assert.Single(LayerRules.Violations(fake));
        Assert.Equal("Glow.Core must not reference Glow.State (upward or sideways)", violation);
    }

    [Fact]
    public void Rule_rejects_a_sideways_reference_between_siblings()
    {
        var fake = Graph(("Glow.Evm", ["Glow.Core", "Glow.State"]), ("Glow.State", ["Glow.Core"]));

        var violation = Assert.Single(LayerRules.Violations(fake));
        Assert.Equal("Glow.Evm must not reference Glow.State (upward or sideways)", violation);
    }

    [Fact]
    public void Rule_rejects_a_library_reaching_up_to_the_cli()
    {
        var fake = Graph(("Glow.Node", ["Glow.Core", "Glow.Cli"]));

        Assert.Equal(["Glow.Node must not reference Glow.Cli (upward or sideways)"], LayerRules.Violations(fake));
    }

    [Fact]
    public void Rule_rejects_a_project_missing_from_the_layer_table()
    {
        var fake = Graph(("Glow.Mystery", ["Glow.Core"]));

        Assert.Equal(["Glow.Mystery is not in the layer table of architecture.md"], LayerRules.Violations(fake));
    }

    [Fact]
    public void Rule_accepts_the_documented_layering()
    {
        var fake = Graph(
            ("Glow.Core", []),
            ("Glow.State", ["Glow.Core"]),
            ("Glow.Evm", ["Glow.Core"]),
            ("Glow.Node", ["Glow.Core", "Glow.State", "Glow.Evm"]),
            ("Glow.JsonRpc", ["Glow.Node", "Glow.Core"]),
            ("Glow.Cli", ["Glow.JsonRpc", "Glow.Node", "Glow.Core"]));

        Assert.Empty(LayerRules.Violations(fake));
    }

    private static Dictionary<string, IReadOnlyList<string>> Graph(params (string Project, string[] References)[] edges) =>
        edges.ToDictionary(e => e.Project, e => (IReadOnlyList<string>)e.References, StringComparer.Ordinal);
}
