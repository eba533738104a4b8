namespace Glow.TestKit;

/// <summary>Locates the repository root and the shared conformance data beside it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the nearest folder above the test binaries that holds <c>Glow.slnx</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>
    /// <c>../shared/ethtests</c> relative to the repository root. Throws, naming the path, when it is missing:
    /// the conformance tests must never pass silently on an empty data set.
    /// </summary>
    public static string EthTests
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "ethtests"));
            if (!Directory.Exists(path))
            {
                throw new DirectoryNotFoundException(
                    $"Conformance data not found at {path}. Clone the repository beside shared/ (see README.md).");
            }

            return path;
        }
    }

    /// <summary>A path inside <c>ethereum-tests</c>, which must exist.</summary>
    public static string EthereumTests(params string[] parts)
    {
        var path = Path.Combine([EthTests, "ethereum-tests", .. parts]);
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            throw new FileNotFoundException($"Conformance data missing: {path}");
        }

        return path;
    }

    /// <summary>A path inside <c>execution-apis/tests</c> (the JSON-RPC conformance cases and their chain), which must exist.</summary>
    public static string ExecutionApis(params string[] parts)
    {
        var path = Path.Combine([EthTests, "execution-apis", "tests", .. parts]);
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            throw new FileNotFoundException($"Conformance data missing: {path}");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Glow.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Glow.slnx above {AppContext.BaseDirectory}");
    }
}
