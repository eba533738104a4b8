using System.Diagnostics;

namespace Glow.Cli.Tests;

/// <summary>
/// <c>utg</c> run as a separate process (<c>dotnet utg.dll</c> from the test's output directory), for what an in-process
/// run cannot show: a second process holding the data directory, or another home directory. Killed on dispose.
/// </summary>
internal sealed class UtgProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];

    private UtgProcess(Process process) => _process = process;

    /// <summary>Every line of standard output read so far.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Starts <c>utg</c> with <paramref name="arguments"/>, with <paramref name="home"/> as HOME when given.</summary>
    public static UtgProcess Start(string? home, params string[] arguments)
    {
        var utg = Path.Combine(AppContext.BaseDirectory, "utg.dll");
        Assert.True(File.Exists(utg), $"utg is not built next to the tests: {utg}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(utg);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (home is not null)
        {
            start.Environment["HOME"] = home;
        }

        return new UtgProcess(Process.Start(start) ?? throw new InvalidOperationException("utg did not start"));
    }

    /// <summary>Reads standard output until a line starts with <paramref name="prefix"/>; fails when the process ends first.</summary>
    public void WaitForLine(string prefix)
    {
        while (_process.StandardOutput.ReadLine() is { } line)
        {
            _lines.Add(line);
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Fail($"utg ended before printing '{prefix}': {string.Join(" | ", _lines)} {_process.StandardError.ReadToEnd()}");
    }

    /// <summary>Waits for the process to end by itself (at most <paramref name="limit"/>); returns its exit code and standard error.</summary>
    public (int ExitCode, string Error) WaitForExit(TimeSpan limit)
    {
        var error = _process.StandardError.ReadToEndAsync();
        while (_process.StandardOutput.ReadLine() is { } line)
        {
            _lines.Add(line);
        }

        Assert.True(_process.WaitForExit(limit), $"utg did not end within {limit}: {string.Join(" | ", _lines)}");
        return (_process.ExitCode, error.Result);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}
