using Glow.TestKit;

namespace Glow.State.Tests.Db;

/// <summary>
/// A running <c>Glow.State.CrashHarness</c> with the progress it printed: <c>ready n</c>, <c>commit n</c>,
/// <c>committed n</c> (see <see cref="HarnessProcess"/> for killing it).
/// </summary>
public sealed class CrashHarnessProcess : HarnessProcess
{
    private CrashHarnessProcess(string directory, string[] arguments)
        : base("Glow.State.CrashHarness.dll", directory, arguments)
    {
    }

    /// <summary>Number of the first batch this run writes (from <c>ready n</c>).</summary>
    public long First { get; private set; }

    /// <summary>Highest n of a <c>commit n</c> line: the last batch whose SQL COMMIT started.</summary>
    public long CommitStarted { get; private set; }

    /// <summary>Highest n of a <c>committed n</c> line: the last batch whose <c>Commit()</c> returned.</summary>
    public long Committed { get; private set; }

    /// <summary>Starts the harness on <paramref name="directory"/> with <paramref name="arguments"/>.</summary>
    public static CrashHarnessProcess Start(string directory, params string[] arguments) => new(directory, arguments);

    /// <summary>As <see cref="HarnessProcess.KillAt"/>, with a batch number as the state tests count them.</summary>
    public void KillAt(string phase, long batch, TimeSpan delay) => KillAt(phase, checked((ulong)batch), delay);

    protected override void OnLine(string word, string rest)
    {
        if (!TryNumber(rest, out var n))
        {
            return;
        }

        switch (word)
        {
            case "ready":
                First = (long)n;
                break;
            case "commit":
                CommitStarted = Math.Max(CommitStarted, (long)n);
                break;
            case "committed":
                Committed = Math.Max(Committed, (long)n);
                break;
            default:
                break;
        }
    }
}
