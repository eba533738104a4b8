using System.Diagnostics;
using System.Globalization;

namespace Glow.Node.Tests.Support;

/// <summary>
/// A running <c>Glow.Node.CrashHarness</c>: reads its progress lines (<c>ready n</c>, <c>begin n</c>, <c>commit n</c>,
/// <c>stored n</c>, <c>head h</c>) and kills it (SIGKILL) at a chosen one. Killed after two minutes whatever happens, and
/// the harness exits by itself when our end of its standard input closes, so no process outlives the test.
/// </summary>
internal sealed class ImportHarnessProcess : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly Timer _deadline;
    private readonly List<string> _lines = [];

    private ImportHarnessProcess(Process process)
    {
        _process = process;
        _deadline = new Timer(_ => Kill(), null, Limit, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The first block this run imports (from <c>ready n</c>).</summary>
    public ulong First { get; private set; }

    /// <summary>The last block whose import began.</summary>
    public ulong Begun { get; private set; }

    /// <summary>The last block whose SQL COMMIT started.</summary>
    public ulong CommitStarted { get; private set; }

    /// <summary>The last block whose import returned (stored).</summary>
    public ulong Stored { get; private set; }

    /// <summary>The final head's hash (from <c>head h</c>), once the run ended by itself.</summary>
    public string? Head { get; private set; }

    /// <summary>Whether we killed the process.</summary>
    public bool Killed { get; private set; }

    /// <summary>The last lines read, for failure messages.</summary>
    public string Transcript => string.Join(" | ", _lines.TakeLast(8));

    /// <summary>Starts the harness on <paramref name="directory"/> with <paramref name="arguments"/>.</summary>
    public static ImportHarnessProcess Start(string directory, params string[] arguments)
    {
        var harness = Path.Combine(AppContext.BaseDirectory, "Glow.Node.CrashHarness.dll");
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

        return new ImportHarnessProcess(Process.Start(start) ?? throw new InvalidOperationException("the crash harness did not start"));
    }

    /// <summary>
    /// Reads lines until <c>{phase} {block}</c>, waits <paramref name="delay"/> (spinning, for precision), kills the
    /// process, and reads what it printed before dying. Fails when the harness ends first.
    /// </summary>
    public void KillAt(string phase, ulong block, TimeSpan delay)
    {
        var target = string.Create(CultureInfo.InvariantCulture, $"{phase} {block}");
        while (ReadLine() is { } line)
        {
            if (line == target)
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
        Assert.True(Killed, $"the harness ended before '{target}': {Transcript} {_process.StandardError.ReadToEnd()}");
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
        if (space <= 0)
        {
            return line;
        }

        var word = line[..space];
        if (word == "head")
        {
            Head = line[(space + 1)..];
        }
        else if (ulong.TryParse(line.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            switch (word)
            {
                case "ready":
                    First = n;
                    break;
                case "begin":
                    Begun = Math.Max(Begun, n);
                    break;
                case "commit":
                    CommitStarted = Math.Max(CommitStarted, n);
                    break;
                case "stored":
                    Stored = Math.Max(Stored, n);
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
                // Process.Kill sends SIGKILL on Unix: no finally block, no dispose, no SQLite close runs. The harness starts
                // no children, and killing the process alone is quicker than walking a process tree first.
                _process.Kill();
                Killed = true;
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
