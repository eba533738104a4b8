namespace Glow.Node.Chain;

/// <summary>Where the time of producing one block went (for logs and <c>utg bench chain</c>; never used by consensus).</summary>
public sealed class BlockTimings
{
    /// <summary>Executing the transactions (and the system call).</summary>
    public TimeSpan Execution { get; internal set; }

    /// <summary>Paying the reward and computing the state root (storage tries, account trie).</summary>
    public TimeSpan StateRoot { get; internal set; }

    /// <summary>Sealing: transactions and receipts roots, the header and its signature.</summary>
    public TimeSpan Sealing { get; internal set; }

    /// <summary>Writing the block, receipts, indexes and state to the database in one batch.</summary>
    public TimeSpan Commit { get; internal set; }
}
