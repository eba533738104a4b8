using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.State;
using Glow.State.World;

namespace Glow.State;

/// <summary>Changes, each journaled before it is made.</summary>
public sealed partial class WorldState
{
    /// <inheritdoc />
    public void CreateAccount(in Address address)
    {
        var state = Load(address);
        var balance = state.Exists ? state.Account.Balance : UInt256.Zero;
        ResetStorage(state);
        SetCodeBytes(state, ReadOnlyMemory<byte>.Empty);
        SetAccount(state, true, Account.WithBalance(balance));
    }

    /// <inheritdoc />
    public void AddBalance(in Address address, in UInt256 amount)
    {
        var state = Load(address);
        Touch(state);
        if (amount.IsZero)
        {
            // A zero transfer touches (EIP-161) but creates nothing.
            return;
        }

        var balance = state.Exists ? state.Account.Balance : UInt256.Zero;
        if (UInt256.AddOverflow(balance, amount, out var sum))
        {
            throw new InvalidOperationException($"The balance of {address} would exceed 2^256 - 1.");
        }

        SetBalance(state, sum);
    }

    /// <inheritdoc />
    public void SubtractBalance(in Address address, in UInt256 amount)
    {
        var state = Load(address);
        var balance = state.Exists ? state.Account.Balance : UInt256.Zero;
        if (balance < amount)
        {
            throw new InvalidOperationException($"The balance of {address} ({balance}) is lower than {amount}.");
        }

        Touch(state);
        if (!amount.IsZero)
        {
            SetBalance(state, balance - amount);
        }
    }

    /// <inheritdoc />
    public void SetNonce(in Address address, ulong nonce)
    {
        var state = Load(address);
        if (!state.Exists)
        {
            SetAccount(state, true, Account.Empty with { Nonce = nonce });
            return;
        }

        _journal.Add(new JournalEntry { Kind = JournalKind.Nonce, Target = state, Slot = state.Account.Nonce });
        state.Account = state.Account with { Nonce = nonce };
        MarkDirty(state);
    }

    /// <inheritdoc />
    public void SetCode(in Address address, ReadOnlyMemory<byte> code)
    {
        var state = Load(address);
        var account = state.Exists ? state.Account : Account.Empty;
        var hash = code.IsEmpty ? Keccak256.OfEmpty : Keccak256.Compute(code.Span);
        SetCodeBytes(state, code);
        SetAccount(state, true, account with { CodeHash = hash });
    }

    /// <inheritdoc />
    public void SetStorage(in Address address, in UInt256 slot, in UInt256 value)
    {
        var state = Load(address);
        if (!state.Exists)
        {
            SetAccount(state, true, Account.Empty);
        }

        ref var entry = ref SlotOf(state, slot);
        StartTransactionView(ref entry);
        if (entry.Current == value)
        {
            return;
        }

        _journal.Add(new JournalEntry { Kind = JournalKind.Storage, Target = state, Slot = slot, Value = entry.Current });
        entry.Current = value;
        if (!entry.Listed)
        {
            entry.Listed = true;
            (state.WrittenSlots ??= []).Add(slot);
        }

        MarkDirty(state);
    }

    /// <inheritdoc />
    public void SetTransientStorage(in Address address, in UInt256 slot, in UInt256 value)
    {
        var state = Load(address);
        if (state.Transient is null)
        {
            state.Transient = [];
            _withTransient.Add(state);
        }
        else if (state.Transient.Count == 0)
        {
            _withTransient.Add(state);
        }

        state.Transient.TryGetValue(slot, out var previous);
        _journal.Add(new JournalEntry { Kind = JournalKind.Transient, Target = state, Slot = slot, Value = previous });
        state.Transient[slot] = value;
    }

    /// <inheritdoc />
    public void Touch(in Address address) => Touch(Load(address));

    /// <inheritdoc />
    public void DeleteAccount(in Address address)
    {
        var state = Load(address);
        if (!state.Exists)
        {
            return;
        }

        ResetStorage(state);
        SetCodeBytes(state, ReadOnlyMemory<byte>.Empty);
        SetAccount(state, false, default);
    }

    /// <inheritdoc />
    public int TakeSnapshot() => _journal.Count;

    /// <inheritdoc />
    public void RevertToSnapshot(int snapshot)
    {
        if (snapshot < 0 || snapshot > _journal.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(snapshot), snapshot, $"No such snapshot: the journal holds {_journal.Count} changes.");
        }

        for (var i = _journal.Count - 1; i >= snapshot; i--)
        {
            Undo(_journal[i]);
        }

        _journal.RemoveRange(snapshot, _journal.Count - snapshot);
    }

    /// <inheritdoc />
    public void FinishTransaction(bool deleteTouchedEmptyAccounts)
    {
        if (deleteTouchedEmptyAccounts)
        {
            foreach (var state in _touched)
            {
                if (state.Exists && state.Account.IsEmpty)
                {
                    DeleteAccount(state.Address);
                }
            }
        }

        foreach (var state in _touched)
        {
            state.Touched = false;
        }

        _touched.Clear();
        foreach (var state in _withTransient)
        {
            state.Transient!.Clear();
        }

        _withTransient.Clear();
        _journal.Clear();
        _txId++;
    }

    private void Touch(AccountState state)
    {
        if (state.Touched)
        {
            return;
        }

        state.Touched = true;
        _touched.Add(state);
        _journal.Add(new JournalEntry { Kind = JournalKind.Touch, Target = state });
    }

    private void SetAccount(AccountState state, bool exists, in Account account)
    {
        _journal.Add(new JournalEntry
        {
            Kind = JournalKind.Account,
            Target = state,
            Flag = state.Exists,
            Previous = state.Exists ? state.Account : null,
        });
        state.Exists = exists;
        state.Account = account;
        MarkDirty(state);
    }

    /// <summary>Sets the balance, creating the account when missing.</summary>
    private void SetBalance(AccountState state, in UInt256 balance)
    {
        if (!state.Exists)
        {
            SetAccount(state, true, Account.WithBalance(balance));
            return;
        }

        _journal.Add(new JournalEntry { Kind = JournalKind.Balance, Target = state, Value = state.Account.Balance });
        state.Account = state.Account with { Balance = balance };
        MarkDirty(state);
    }

    private void SetCodeBytes(AccountState state, ReadOnlyMemory<byte> code)
    {
        _journal.Add(new JournalEntry
        {
            Kind = JournalKind.Code,
            Target = state,
            Flag = state.Code.HasValue,
            Previous = state.Code.HasValue ? (object)state.Code.Value : null,
        });
        state.Code = code;
        state.CodeChanged = true;
    }

    /// <summary>Replaces the account's storage with an empty one (creation over an address, deletion).</summary>
    private void ResetStorage(AccountState state)
    {
        var alreadyEmpty = state.Slots is null && state.WrittenSlots is null && state.StorageTrie is null
            && (state.StorageCleared || !state.CommittedExists);
        if (!alreadyEmpty)
        {
            _journal.Add(new JournalEntry
            {
                Kind = JournalKind.StorageReset,
                Target = state,
                Previous = new StorageSnapshot(state.Slots, state.WrittenSlots, state.StorageTrie, state.StorageCleared),
            });
            state.Slots = null;
            state.WrittenSlots = null;
            state.StorageTrie = null;
            state.StorageCleared = true;
        }

        MarkDirty(state);
    }

    private void MarkDirty(AccountState state)
    {
        if (!state.Dirty)
        {
            state.Dirty = true;
            _dirty.Add(state);
        }
    }

    private void Undo(in JournalEntry entry)
    {
        var state = entry.Target;
        switch (entry.Kind)
        {
            case JournalKind.Account:
                state.Exists = entry.Flag;
                state.Account = entry.Flag ? (Account)entry.Previous! : default;
                break;
            case JournalKind.Balance:
                state.Account = state.Account with { Balance = entry.Value };
                break;
            case JournalKind.Nonce:
                state.Account = state.Account with { Nonce = (ulong)entry.Slot };
                break;
            case JournalKind.Storage:
                // The slot exists: it was cached when written, and a later reset restoring older storage is undone first.
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(state.Slots!, entry.Slot).Current = entry.Value;
                break;
            case JournalKind.Transient:
                state.Transient![entry.Slot] = entry.Value;
                break;
            case JournalKind.Code:
                // Not `flag ? code : null`: null would convert to an empty ReadOnlyMemory, i.e. "loaded, no code".
                state.Code = entry.Flag ? (ReadOnlyMemory<byte>)entry.Previous! : default(ReadOnlyMemory<byte>?);
                break;
            case JournalKind.Touch:
                state.Touched = false;
                _touched.RemoveAt(_touched.Count - 1);
                break;
            case JournalKind.StorageReset:
                var snapshot = (StorageSnapshot)entry.Previous!;
                state.Slots = snapshot.Slots;
                state.WrittenSlots = snapshot.WrittenSlots;
                state.StorageTrie = snapshot.StorageTrie;
                state.StorageCleared = snapshot.StorageCleared;
                break;
        }
    }
}
