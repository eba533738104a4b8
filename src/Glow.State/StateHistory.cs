using System.Globalization;

namespace Glow.State;

/// <summary>
/// How much past state the database keeps. <see cref="Archive"/> (the default) keeps every block's state, so any
/// past block can be read; <see cref="KeepLast"/> keeps the state of the last N blocks and deletes trie nodes no
/// longer reachable from any of them. The choice is made when the database is created and cannot change later:
/// pruning needs node reference counts that an archive database never kept.
/// </summary>
public sealed record StateHistory
{
    private StateHistory(int keptBlocks) => KeptBlocks = keptBlocks;

    /// <summary>Keep the state of every block.</summary>
    public static StateHistory Archive { get; } = new(0);

    /// <summary>Blocks whose state stays readable, the head included; zero for an archive.</summary>
    public int KeptBlocks { get; }

    /// <summary>True when old state is deleted.</summary>
    public bool IsPruning => KeptBlocks > 0;

    /// <summary>Keep the state of the last <paramref name="blocks"/> blocks (the head counts as one).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="blocks"/> is below 1.</exception>
    public static StateHistory KeepLast(int blocks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blocks, 1);
        return new StateHistory(blocks);
    }

    /// <summary>The form stored in <c>Metadata/state-history</c>: <c>archive</c> or <c>prune:N</c>.</summary>
    public override string ToString() =>
        IsPruning ? string.Create(CultureInfo.InvariantCulture, $"prune:{KeptBlocks}") : "archive";

    /// <summary>Parses <c>archive</c> or <c>prune:N</c> (N ≥ 1); false for anything else.</summary>
    public static bool TryParse(string text, out StateHistory history)
    {
        history = Archive;
        if (text == "archive")
        {
            return true;
        }

        if (text.StartsWith("prune:", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var blocks)
            && blocks >= 1)
        {
            history = KeepLast(blocks);
            return true;
        }

        return false;
    }
}
