namespace Glow.State.World;

/// <summary>What a journal entry undoes.</summary>
internal enum JournalKind : byte
{
    /// <summary>The whole account and its existence (creation, deletion, code hash): the previous account is boxed.</summary>
    Account,

    /// <summary>The balance of an existing account; the previous balance is in <see cref="JournalEntry.Value"/>.</summary>
    Balance,

    /// <summary>The nonce of an existing account; the previous nonce is in <see cref="JournalEntry.Slot"/>.</summary>
    Nonce,

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
