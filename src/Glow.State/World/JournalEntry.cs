using Glow.Core.Numerics;
using Glow.Core.State;

namespace Glow.State.World;

/// <summary>One change of the world state, holding what undoing it restores.</summary>
internal struct JournalEntry
{
    public JournalKind Kind;

    /// <summary>The account changed.</summary>
    public AccountState Target;

    /// <summary>The slot (storage and transient entries).</summary>
    public UInt256 Slot;

    /// <summary>The slot's previous value (storage and transient entries).</summary>
    public UInt256 Value;

    /// <summary>The account's previous fields (account entries).</summary>
    public Account PreviousAccount;

    /// <summary>Whether the account existed before (account entries).</summary>
    public bool PreviousExists;

    /// <summary>Previous code (code entries) or previous storage (reset entries).</summary>
    public object? PreviousObject;

    /// <summary>Previous code when it was loaded (code entries); previous <c>StorageCleared</c> (reset entries).</summary>
    public bool PreviousFlag;

    /// <summary>Previous code bytes (code entries).</summary>
    public ReadOnlyMemory<byte> PreviousCode;
}
