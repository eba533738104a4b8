using System.Diagnostics;
using System.Globalization;

namespace Glow.TestKit;

/// <summary>
/// A crash-test harness running as its own process (the state layer's and the node's): starts it next to the tests,
/// reads its progress lines (<c>word n</c>), kills it with SIGKILL at a chosen line, after a delay, or now, and keeps the
/// last lines for failure messages. Killed after two minutes whatever happens; harnesses also exit when our end of their
/// standard input closes, so no process outlives a test. Subclasses keep the counters their harness prints.
/// </summary>
public abstract class HarnessProcess : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly Timer _deadline;
    private readonly List<string> _lines = [];

    /// <summary>Starts <paramref name="harnessDll"/> (built next to the tests) on <paramref name="directory"/> with <paramref name="arguments"/>.</summary>
    /// <exception cref="InvalidOperationException">The harness is not built next to the tests, or does not start.</exception>
    protected HarnessProcess(string harnessDll, string directory, IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var harness = Path.Combine(AppContext.BaseDirectory, harnessDll);
        if (!File.Exists(harness))
        {
            throw new InvalidOperationException($"the crash harness is not built next to the tests: {harness}");
        }

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

        _process = Process.Start(start) ?? throw new InvalidOperationException("the crash harness did not start");
        _deadline = new Timer(_ => Kill(), null, Limit, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Whether the process ended because we killed it.</summary>
    public bool Killed { get; private set; }

    /// <summary>The last lines read, for failure messages.</summary>
    public string Transcript => string.Join(" | ", _lines.TakeLast(12));

    /// <summary>
    /// Reads lines until <c>{phase} {number}</c>, waits <paramref name="delay"/> (spinning, for precision), kills the
    /// process, and reads what it printed before dying.
    /// </summary>
    /// <exception cref="InvalidOperationException">The harness ended before that line.</exception>
    public void KillAt(string phase, ulong number, TimeSpan delay)
    {
        var target = string.Create(CultureInfo.InvariantCulture, $"{phase} {number}");
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
        Require(Killed, $"the harness ended before '{target}'");
    }

    /// <summary>Reads lines until <c>ready</c>: the harness has its database open.</summary>
    /// <exception cref="InvalidOperationException">The harness ended first.</exception>
    public void WaitUntilReady()
    {
        while (ReadLine() is { } line)
        {
            if (line.StartsWith("ready", StringComparison.Ordinal))
            {
                return;
            }
        }

        Require(false, "the harness ended before it was ready");
    }

    /// <summary>Reads lines until <c>ready</c>, kills the process <paramref name="delay"/> later, and reads what it printed before dying.</summary>
    /// <exception cref="InvalidOperationException">The harness ended before it was killed.</exception>
    public void KillAfter(TimeSpan delay)
    {
        while (ReadLine() is { } line && !line.StartsWith("ready", StringComparison.Ordinal))
        {
        }

        using var timer = new Timer(_ => Kill(), null, delay, Timeout.InfiniteTimeSpan);
        Finish();
        Require(Killed, "the harness ended before it was killed");
    }

    /// <summary>Kills the process now and reads what it printed before dying.</summary>
    public void KillNow()
    {
        Kill();
        Finish();
    }

    /// <summary>Reads every line until the process exits by itself.</summary>
    /// <exception cref="InvalidOperationException">It exited with a non-zero code.</exception>
    public void RunToEnd()
    {
        Finish();
        Require(_process.ExitCode == 0, $"the harness failed ({_process.ExitCode})");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Kill();
        _deadline.Dispose();
        _process.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Called for each progress line <c>word rest</c> (a line without a space has an empty rest).</summary>
    protected abstract void OnLine(string word, string rest);

    /// <summary>The number in <paramref name="text"/>; false when it is not a plain decimal number.</summary>
    protected static bool TryNumber(string text, out ulong number) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    private void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{message}: {Transcript} {_process.StandardError.ReadToEnd()}");
        }
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
        OnLine(space < 0 ? line : line[..space], space < 0 ? string.Empty : line[(space + 1)..]);
        return line;
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                // SIGKILL on Unix: no finally block, no dispose, no SQLite close runs in the harness. Harnesses start no
                // children, so the process alone is killed (quicker than walking a process tree first).
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
