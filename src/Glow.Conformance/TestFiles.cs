namespace Glow.Conformance;

/// <summary>Finds the JSON test files a runner was pointed at.</summary>
public static class TestFiles
{
    /// <summary>
    /// <paramref name="path"/> itself when it is a file, or every <c>*.json</c> below it when it is a directory,
    /// in ordinal order of their paths so that output is the same on every machine. Each comes with its name
    /// relative to the starting folder, for messages.
    /// </summary>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a directory.</exception>
    /// <exception cref="InvalidDataException">The directory holds no <c>*.json</c> file.</exception>
    public static IReadOnlyList<(string Path, string Name)> Enumerate(string path)
    {
        if (File.Exists(path))
        {
            return [(path, Path.GetFileName(path))];
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"no such file or directory: {path}", path);
        }

        var files = Directory.GetFiles(path, "*.json", SearchOption.AllDirectories);
        if (files.Length == 0)
        {
            throw new InvalidDataException($"no *.json files under {path}");
        }

        Array.Sort(files, StringComparer.Ordinal);
        return files.Select(f => (f, Path.GetRelativePath(path, f).Replace('\\', '/'))).ToList();
    }
}
