using System.Xml.Linq;

namespace Glow.Architecture.Tests;

/// <summary>Reads the project-to-project references of every project under a folder.</summary>
public static class ProjectGraph
{
    /// <summary>Maps each project name to the names of the projects it references directly.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string folder)
    {
        var graph = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories))
        {
            var references = XDocument.Load(file)
                .Descendants("ProjectReference")
                .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
                .ToList();
            graph[Path.GetFileNameWithoutExtension(file)] = references;
        }

        return graph;
    }
}
