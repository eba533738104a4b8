namespace Glow.Node.TxPool;

/// <summary>One sender's pending transactions in a <see cref="PendingSelection"/>, and the next one to offer.</summary>
/// <param name="entries">The sender's pending transactions in nonce order.</param>
internal sealed class SelectionCursor(PoolEntry[] entries)
{
    public PoolEntry[] Entries { get; } = entries;

    public int Index { get; set; }
}
