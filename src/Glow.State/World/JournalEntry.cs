using Glow.Core.Numerics;

namespace Glow.State.World;

/// <summary>
/// One change of the world state, holding what undoing it restores. Kept small (the EVM journals every storage
/// write and balance change): frequent changes carry their previous value inline, rare ones box it.
/// </summary>
internal struct JournalEntry
{
    /// <summary>The account changed.</summary>
    public AccountState Target;

    /// <summary>The boxed previous account (account entries), previous code (code entries) or storage (reset entries).</summary>
    public object? Previous;

    /// <summary>The slot (storage and transient entries); the previous nonce (nonce entries).</summary>
    public UInt256 Slot;

    /// <summary>The slot's previous value (storage and transient entries); the previous balance (balance entries).</summary>
    public UInt256 Value;

    /// <summary>What is undone.</summary>
    public JournalKind Kind;

    /// <summary>Whether the account existed before (account entries); whether code was loaded before (code entries).</summary>
    public bool Flag;
}
