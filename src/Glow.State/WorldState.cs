using System.Runtime.InteropServices;
using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.State;
using Glow.State.Db;
using Glow.State.Trie;
using Glow.State.World;

namespace Glow.State;

/// <summary>
/// The mutable world state (<see cref="IWorldState"/>) over a <see cref="StateStore"/>: reads go to an in-memory
/// cache, then to the flat tables (when the state starts at the head) or the tries (any other stored root); every
/// change is journaled for nested snapshots; <see cref="Commit(ulong)"/> writes tries, flat tables and code in one atomic
/// batch and moves the store's head.
/// </summary>
/// <remarks>
/// Not thread-safe: one world state per block being built or executed. After <see cref="Commit(ulong)"/> the object stays
/// usable for the next block, on top of the new head. A world state opened at an older root (to re-execute or to
/// call at a past block) can compute roots but not commit.
/// </remarks>
public sealed partial class WorldState : IWorldState
{
    private readonly StateStore _store;
    private bool _canCommit;
    private IStateReader _reader;
    private readonly Dictionary<Address, AccountState> _accounts = [];
    private readonly List<AccountState> _dirty = [];
    private readonly List<AccountState> _touched = [];
    private readonly List<AccountState> _withTransient = [];
    private readonly List<JournalEntry> _journal = [];
    private PatriciaTrie? _accountTrie;
    private int _txId = 1;

    internal WorldState(StateStore store, IStateReader reader, bool canCommit)
    {
        _store = store;
        _reader = reader;
        _canCommit = canCommit;
    }

    /// <summary>A world state on a new in-memory database, empty (its root is the empty trie's), for tests and tools.</summary>
    public static WorldState InMemory() => new StateStore(new MemoryDatabase()).BeginLatest();

    /// <summary>The root this world state started from (the last commit's).</summary>
    public Hash256 BaseRoot => _reader.Root;

    /// <summary>The store this world state reads and commits to.</summary>
    public StateStore Store => _store;

    /// <inheritdoc />
    public bool TryGetAccount(in Address address, out Account account)
    {
        var state = Load(address);
        account = state.Account;
        return state.Exists;
    }

    /// <inheritdoc />
    public bool AccountExists(in Address address) => Load(address).Exists;

    /// <inheritdoc />
    public bool IsDeadOrMissing(in Address address)
    {
        var state = Load(address);
        return !state.Exists || state.Account.IsEmpty;
    }

    /// <inheritdoc />
    public UInt256 GetBalance(in Address address)
    {
        var state = Load(address);
        return state.Exists ? state.Account.Balance : UInt256.Zero;
    }

    /// <inheritdoc />
    public ulong GetNonce(in Address address)
    {
        var state = Load(address);
        return state.Exists ? state.Account.Nonce : 0;
    }

    /// <inheritdoc />
    public Hash256 GetCodeHash(in Address address)
    {
        var state = Load(address);
        return state.Exists ? state.Account.CodeHash : Hash256.Zero;
    }

    /// <inheritdoc />
    public ReadOnlyMemory<byte> GetCode(in Address address)
    {
        var state = Load(address);
        if (!state.Exists || !state.Account.HasCode)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        if (state.Code is { } code)
        {
            return code;
        }

        var loaded = _store.ReadCode(state.Account.CodeHash);
        state.Code = loaded;
        return loaded;
    }

    /// <inheritdoc />
    public UInt256 GetStorage(in Address address, in UInt256 slot)
    {
        var state = Load(address);
        return state.Exists ? SlotOf(state, slot).Current : UInt256.Zero;
    }

    /// <inheritdoc />
    public UInt256 GetOriginalStorage(in Address address, in UInt256 slot)
    {
        var state = Load(address);
        if (!state.Exists)
        {
            return UInt256.Zero;
        }

        ref var entry = ref SlotOf(state, slot);
        StartTransactionView(ref entry);
        return entry.Original;
    }

    /// <inheritdoc />
    public UInt256 GetTransientStorage(in Address address, in UInt256 slot) =>
        _accounts.TryGetValue(address, out var state) && state.Transient is { } transient && transient.TryGetValue(slot, out var value)
            ? value
            : UInt256.Zero;

    /// <summary>The cached account state, loading it from the reader on first use.</summary>
    private AccountState Load(in Address address)
    {
        if (_accounts.TryGetValue(address, out var state))
        {
            return state;
        }

        var exists = _reader.TryReadAccount(address, out var account);
        state = new AccountState(address, exists, account);
        _accounts.Add(address, state);
        return state;
    }

    /// <summary>The cached slot of an account, loading it on first use.</summary>
    private ref SlotState SlotOf(AccountState state, in UInt256 slot)
    {
        var slots = state.Slots ??= [];
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, slot, out var cached);
        if (!cached)
        {
            UInt256 value;
            try
            {
                value = state.StorageCleared || !state.CommittedExists
                    ? UInt256.Zero
                    : _reader.ReadStorage(state.Address, state.Committed.StorageRoot, slot);
            }
            catch
            {
                slots.Remove(slot);
                throw;
            }

            entry.Current = value;
            entry.Original = value;
            entry.InTrie = value;
            entry.InFlat = value;
            entry.OriginalTx = _txId;
        }

        return ref entry;
    }

    /// <summary>Makes <see cref="SlotState.Original"/> the value at the start of the current transaction.</summary>
    private void StartTransactionView(ref SlotState entry)
    {
        if (entry.OriginalTx != _txId)
        {
            entry.Original = entry.Current;
            entry.OriginalTx = _txId;
        }
    }

    private static byte[] HashedAddress(AccountState state) =>
        state.HashedAddress ??= Keccak256.ComputeBytes(state.Address.Bytes);
}
