using Glow.TestKit;

namespace Glow.Node.Tests.Support;

/// <summary>
/// A running <c>Glow.Node.CrashHarness</c> with the progress it printed: <c>ready n</c>, <c>begin n</c>, <c>commit n</c>,
/// <c>stored n</c>, <c>head h</c> (see <see cref="HarnessProcess"/> for killing it).
/// </summary>
internal sealed class ImportHarnessProcess : HarnessProcess
{
    private ImportHarnessProcess(string directory, string[] arguments)
        : base("Glow.Node.CrashHarness.dll", directory, arguments)
    {
    }

    /// <summary>The first block this run imports (from <c>ready n</c>).</summary>
    public ulong First { get; private set; }

    /// <summary>The last block whose import began.</summary>
    public ulong Begun { get; private set; }

    /// <summary>The last block whose SQL COMMIT started.</summary>
    public ulong CommitStarted { get; private set; }

    /// <summary>The last block whose import returned (stored).</summary>
    public ulong Stored { get; private set; }

    /// <summary>The head hash the harness printed last.</summary>
    public string? Head { get; private set; }

    /// <summary>Starts the harness on <paramref name="directory"/> with <paramref name="arguments"/>.</summary>
    public static ImportHarnessProcess Start(string directory, params string[] arguments) => new(directory, arguments);

    protected override void OnLine(string word, string rest)
    {
        if (word == "head")
        {
            Head = rest;
            return;
        }

        if (!TryNumber(rest, out var n))
        {
            return;
        }

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
}
