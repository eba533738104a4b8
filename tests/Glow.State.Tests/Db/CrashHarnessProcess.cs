using System.Diagnostics;
using System.Globalization;

namespace Glow.State.Tests.Db;

/// <summary>
/// A running <c>Glow.State.CrashHarness</c>: reads its progress lines (<c>ready n</c>, <c>begin n</c>,
/// <c>commit n</c>, <c>committed n</c>) and kills it at a chosen one. Killed after two minutes whatever happens,
/// and the harness itself exits when our end of its standard input closes, so no process outlives the test.
/// </summary>
public sealed class CrashHarnessProcess : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly Timer _deadline;
    private readonly List<string> _lines = [];

    private CrashHarnessProcess(Process process)
    {
        _process = process;
        _deadline = new Timer(_ => Kill(), null, Limit, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Number of the first batch this run writes (from <c>ready n</c>).</summary>
    public long First { get; private set; }

    /// <summary>Highest n of a <c>commit n</c> line: the last batch whose SQL COMMIT started.</summary>
    public long CommitStarted { get; private set; }

    /// <summary>Highest n of a <c>committed n</c> line: the last batch whose <c>Commit()</c> returned.</summary>
    public long Committed { get; private set; }

    /// <summary>Whether the process ended because we killed it.</summary>
    public bool Killed { get; private set; }

    /// <summary>Every line read, for failure messages.</summary>
    public string Transcript => string.Join(" | ", _lines.TakeLast(12));

    /// <summary>Starts the harness on <paramref name="directory"/> with <paramref name="arguments"/>.</summary>
    public static CrashHarnessProcess Start(string directory, params string[] arguments)
    {
        var harness = Path.Combine(AppContext.BaseDirectory, "Glow.State.CrashHarness.dll");
        Assert.True(File.Exists(harness), $"the crash harness is not built next to the tests: {harness}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(harness);
        start.ArgumentList.Add(directory);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new CrashHarnessProcess(Process.Start(start) ?? throw new InvalidOperationException("the crash harness did not start"));
    }

    /// <summary>
    /// Reads lines until <c>{phase} {batch}</c>, waits <paramref name="delay"/> (spinning, for precision),
    /// kills the process tree, and reads what it printed before dying. Fails when the harness ends first.
    /// </summary>
    public void KillAt(string phase, long batch, TimeSpan delay)
    {
        while (ReadLine() is { } line)
        {
            if (line == string.Create(CultureInfo.InvariantCulture, $"{phase} {batch}"))
            {
                var clock = Stopwatch.StartNew();
                while (clock.Elapsed < delay)
                {
                    Thread.SpinWait(100);
                }

                Kill();
                break;
            }
        }

        Finish();
        Assert.True(Killed, $"the harness ended before '{phase} {batch}': {Transcript} {_process.StandardError.ReadToEnd()}");
    }

    /// <summary>Reads lines until <c>ready</c>: the harness has the database open.</summary>
    public void WaitUntilReady()
    {
        while (ReadLine() is { } line)
        {
            if (line.StartsWith("ready", StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Fail($"the harness ended before it was ready: {Transcript} {_process.StandardError.ReadToEnd()}");
    }

    /// <summary>Reads lines until <c>ready</c>, kills the process <paramref name="delay"/> later, and reads what it printed before dying.</summary>
    public void KillAfter(TimeSpan delay)
    {
        while (ReadLine() is { } line && !line.StartsWith("ready", StringComparison.Ordinal))
        {
        }

        using var timer = new Timer(_ => Kill(), null, delay, Timeout.InfiniteTimeSpan);
        Finish();
        Assert.True(Killed, $"the harness ended before it was killed: {Transcript} {_process.StandardError.ReadToEnd()}");
    }

    /// <summary>Kills the process now and reads what it printed before dying.</summary>
    public void KillNow()
    {
        Kill();
        Finish();
    }

    /// <summary>Reads every line until the process exits by itself, and checks it succeeded.</summary>
    public void RunToEnd()
    {
        Finish();
        Assert.True(_process.ExitCode == 0, $"the harness failed ({_process.ExitCode}): {Transcript} {_process.StandardError.ReadToEnd()}");
    }

    public void Dispose()
    {
        Kill();
        _deadline.Dispose();
        _process.Dispose();
    }

    private void Finish()
    {
        while (ReadLine() is not null)
        {
        }

        _process.WaitForExit();
    }

    private string? ReadLine()
    {
        var line = _process.StandardOutput.ReadLine();
        if (line is null)
        {
            return null;
        }

        _lines.Add(line);
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && long.TryParse(line.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            switch (line[..space])
            {
                case "ready":
                    First = n;
                    break;
                case "commit":
                    CommitStarted = Math.Max(CommitStarted, n);
                    break;
                case "committed":
                    Committed = Math.Max(Committed, n);
                    break;
                default:
                    break;
            }
        }

        return line;
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                Killed = true;
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
