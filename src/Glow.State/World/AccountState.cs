using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.State;
using Glow.State.Trie;

namespace Glow.State.World;

/// <summary>
/// An account the world state has loaded since the last commit: its committed form, its current form, and the
/// storage slots, code and transient storage read or written. Every field a revert must restore is journaled by
/// <see cref="WorldState"/>.
/// </summary>
internal sealed class AccountState(in Address address, bool exists, in Account account)
{
    public readonly Address Address = address;

    /// <summary>Whether the account exists in the database (at the last commit).</summary>
    public readonly bool CommittedExists = exists;

    /// <summary>The account in the database (valid when <see cref="CommittedExists"/>).</summary>
    public readonly Account Committed = account;

    /// <summary>Whether the account exists now.</summary>
    public bool Exists = exists;

    /// <summary>The account now (valid when <see cref="Exists"/>). Its storage root is refreshed when roots are computed.</summary>
    public Account Account = account;

    /// <summary>Slots read or written, by slot; null until the first.</summary>
    public Dictionary<UInt256, SlotState>? Slots;

    /// <summary>Slots written since the last commit, in first-write order (what the commit walks); null until the first.</summary>
    public List<UInt256>? WrittenSlots;

    /// <summary>
    /// True when the stored storage no longer counts: the account was created over or deleted since the last commit.
    /// The commit then wipes the stored storage before writing the current one.
    /// </summary>
    public bool StorageCleared;

    /// <summary>The storage trie with the written slots applied, opened when roots are first computed.</summary>
    public PatriciaTrie? StorageTrie;

    /// <summary>
    /// Slots that entered the storage trie (zero there before, non-zero now) since the last commit; their preimages
    /// are stored with the commit (<see cref="Core.Db.DbTable.Preimages"/>). Null until the first.
    /// </summary>
    public List<UInt256>? InsertedSlots;

    /// <summary>The code, once loaded or set.</summary>
    public ReadOnlyMemory<byte>? Code;

    /// <summary>True when code was set since the last commit (it must be stored).</summary>
    public bool CodeChanged;

    /// <summary>True while in the world state's list of accounts to commit.</summary>
    public bool Dirty;

    /// <summary>True while touched in the current transaction (EIP-161).</summary>
    public bool Touched;

    /// <summary>Transient storage (EIP-1153), when any was written in the current transaction.</summary>
    public Dictionary<UInt256, UInt256>? Transient;

    /// <summary>Keccak-256 of the address (the account trie key), computed once.</summary>
    public byte[]? HashedAddress;

    /// <summary>The storage root the stored storage has, for reads that miss the cache.</summary>
    public Hash256 CommittedStorageRoot => CommittedExists ? Committed.StorageRoot : Account.EmptyTrieRoot;
}
