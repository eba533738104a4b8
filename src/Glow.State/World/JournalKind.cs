namespace Glow.State.World;

/// <summary>What a journal entry undoes.</summary>
internal enum JournalKind : byte
{
    /// <summary>The account's existence and fields.</summary>
    Account,

    /// <summary>One storage slot's current value.</summary>
    Storage,

    /// <summary>One transient storage slot.</summary>
    Transient,

    /// <summary>The account's code.</summary>
    Code,

    /// <summary>The account joined the touched list.</summary>
    Touch,

    /// <summary>The account's storage was replaced by an empty one (create over, delete).</summary>
    StorageReset,
}
