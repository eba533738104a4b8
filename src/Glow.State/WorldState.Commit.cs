using Glow.Core;
using Glow.Core.Db;
using Glow.Core.State;
using Glow.State.Trie;
using Glow.State.World;

namespace Glow.State;

/// <summary>Roots and commits: pending changes go into the tries, then tries, flat tables and code into one batch.</summary>
public sealed partial class WorldState
{
    /// <summary>Above this many accounts with storage changes, storage tries are updated on several cores.</summary>
    private const int ParallelStorageThreshold = 32;

    /// <inheritdoc />
    public Hash256 ComputeStateRoot()
    {
        EnsureNoOpenTransaction();
        ApplyToTries();
        return _accountTrie!.RootHash;
    }

    /// <inheritdoc />
    /// <exception cref="StateException">This world state does not start at the store's head, or the block number does not follow it.</exception>
    public Hash256 Commit(ulong blockNumber) => Commit(blockNumber, addToBatch: null);

    /// <summary>
    /// Commits the pending changes as the state of block <paramref name="blockNumber"/> (see <see cref="Commit(ulong)"/>),
    /// with the caller's own rows in the same batch: <paramref name="addToBatch"/> is called with the batch once the
    /// state's writes are in it, just before it commits, so the chain's rows (the block, its receipts, the canonical
    /// index, the chain head) land together with the state or, after a crash or a failure, neither does.
    /// </summary>
    /// <remarks>
    /// When the callback or the batch fails, nothing is written and the pending changes are dropped: the world state
    /// continues on top of the unchanged head, and the block must be executed again.
    /// </remarks>
    /// <param name="blockNumber">The block whose post-state this is; above the head's number.</param>
    /// <param name="addToBatch">Adds rows to the commit's batch; it must not commit or dispose the batch. Null for none.</param>
    /// <returns>The new state root.</returns>
    /// <exception cref="StateException">This world state does not start at the store's head, or the block number does not follow it.</exception>
    public Hash256 Commit(ulong blockNumber, Action<IWriteBatch>? addToBatch)
    {
        EnsureNoOpenTransaction();
        if (!_canCommit)
        {
            throw new StateException($"This world state was opened at {BaseRoot}, not at the head: it can compute roots but not commit.");
        }

        var head = _store.Head;
        if (head is { } current && (current.Root != BaseRoot || blockNumber <= current.BlockNumber))
        {
            throw new StateException(current.Root != BaseRoot
                ? $"The head moved to {current.Root} (block {current.BlockNumber}) since this world state opened at {BaseRoot}."
                : $"Block {blockNumber} does not follow the head, block {current.BlockNumber}.");
        }

        ApplyToTries();
        Hash256 root;
        try
        {
            using var batch = _store.Database.StartBatch();
            var pruning = _store.History.IsPruning ? new PruningCommit(_store, blockNumber) : null;
            foreach (var state in _dirty)
            {
                WriteAccount(batch, state, pruning, flat: true);
            }

            pruning?.CollectTrie(_accountTrie!);
            root = _accountTrie!.Commit(batch);
            pruning?.CollectWritten(_accountTrie);
            pruning?.Finish(batch);
            addToBatch?.Invoke(batch);
            _store.Publish(batch, new StateHead(blockNumber, root));
        }
        catch
        {
            // The tries marked their new nodes stored although the batch never landed: start over from the head.
            Reset(BaseRoot);
            throw;
        }

        Reset(root);
        return root;
    }

    /// <summary>
    /// Stores this state's tries and code so that it can be opened by its root later (<see cref="StateStore.BeginAt"/>,
    /// <see cref="StateStore.ViewAt"/>), without making it the head: the state after a block on a side branch, or a
    /// block being checked. The flat tables and the head do not change. The world state then continues on top of the
    /// stored root and can no longer <see cref="Commit(ulong)"/>. Archive mode only.
    /// </summary>
    /// <returns>The stored state's root.</returns>
    /// <exception cref="StateException">The store prunes history (it counts node references only for head commits).</exception>
    public Hash256 CommitDetached()
    {
        EnsureNoOpenTransaction();
        if (_store.History.IsPruning)
        {
            throw new StateException("States off the head are kept only in archive mode; this database prunes history.");
        }

        ApplyToTries();
        using var batch = _store.Database.StartBatch();
        foreach (var state in _dirty)
        {
            WriteAccount(batch, state, pruning: null, flat: false);
        }

        var root = _accountTrie!.Commit(batch);
        batch.Commit();
        _canCommit = false;
        _accounts.Clear();
        _dirty.Clear();
        _touched.Clear();
        _withTransient.Clear();
        _accountTrie = null;
        _reader = new TrieStateReader(_store.Nodes, root);
        return root;
    }

    private void EnsureNoOpenTransaction()
    {
        if (_journal.Count != 0)
        {
            throw new InvalidOperationException("A transaction is still open: call FinishTransaction before computing the root or committing.");
        }
    }

    /// <summary>Brings the storage tries and the account trie up to date with the current values.</summary>
    private void ApplyToTries()
    {
        _accountTrie ??= NewTrie(BaseRoot);
        var withStorage = new List<AccountState>();
        foreach (var state in _dirty)
        {
            if (state.Exists && (state.StorageCleared || state.WrittenSlots is { Count: > 0 }))
            {
                withStorage.Add(state);
            }
        }

        if (withStorage.Count >= ParallelStorageThreshold)
        {
            Parallel.ForEach(withStorage, UpdateStorageTrie);
        }
        else
        {
            foreach (var state in withStorage)
            {
                UpdateStorageTrie(state);
            }
        }

        var changes = new List<KeyValuePair<byte[], byte[]>>(_dirty.Count);
        Span<byte> buffer = stackalloc byte[AccountCodec.MaxLength];
        foreach (var state in _dirty)
        {
            byte[] value = [];
            if (state.Exists)
            {
                if (state.StorageTrie is { } storage)
                {
                    state.Account = state.Account with { StorageRoot = storage.RootHash };
                }
                else if (!state.StorageCleared)
                {
                    state.Account = state.Account with { StorageRoot = state.CommittedStorageRoot };
                }

                value = buffer[..AccountCodec.Encode(state.Account, buffer)].ToArray();
            }

            changes.Add(new(HashedAddress(state), value));
        }

        _accountTrie.SetMany(changes);
    }

    private void UpdateStorageTrie(AccountState state)
    {
        var trie = state.StorageTrie ??= state.StorageCleared || !state.CommittedExists
            ? NewTrie(Account.EmptyTrieRoot)
            : NewTrie(state.Committed.StorageRoot);
        Span<byte> key = stackalloc byte[Hash256.Size];
        foreach (var slot in state.WrittenSlots ?? [])
        {
            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(state.Slots!, slot);
            if (entry.Current == entry.InTrie)
            {
                continue;
            }

            if (entry.InTrie.IsZero)
            {
                (state.InsertedSlots ??= []).Add(slot);
            }

            StateKeys.HashedSlot(slot, key);
            if (entry.Current.IsZero)
            {
                trie.Delete(key);
            }
            else
            {
                trie.Set(key, StateKeys.EncodeTrieValue(entry.Current));
            }

            entry.InTrie = entry.Current;
        }

        state.Account = state.Account with { StorageRoot = trie.RootHash };
    }

    private PatriciaTrie NewTrie(in Hash256 root) =>
        new(_store.Nodes, root) { TrackNodes = _store.History.IsPruning };

    /// <summary>Queues the account's flat row, storage rows, storage trie nodes and code into the batch.</summary>
    private void WriteAccount(IWriteBatch batch, AccountState state, PruningCommit? pruning, bool flat)
    {
        var wipe = state.StorageCleared && state.CommittedExists && state.Committed.HasStorage;
        if (wipe && flat)
        {
            WipeStoredStorage(batch, state.Address);
            pruning?.CollectWholeTrie(state.Committed.StorageRoot);
        }

        Span<byte> key = stackalloc byte[StateKeys.StorageKeyLength];
        Span<byte> value = stackalloc byte[32];
        if (state.Exists)
        {
            if (state.StorageTrie is { } storage)
            {
                pruning?.CollectTrie(storage);
                storage.Commit(batch);
                pruning?.CollectWritten(storage);
            }

            if (state.CodeChanged && state.Account.HasCode && state.Code is { } code)
            {
                batch.Put(DbTable.Code, state.Account.CodeHash.Bytes, code.Span);
            }

            WritePreimages(batch, state);

            if (!flat)
            {
                return;
            }

            foreach (var slot in state.WrittenSlots ?? [])
            {
                ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(state.Slots!, slot);
                if (entry.Current == entry.InFlat && !(wipe && !entry.Current.IsZero))
                {
                    continue;
                }

                StateKeys.StorageKey(state.Address, slot, key);
                if (entry.Current.IsZero)
                {
                    batch.Delete(DbTable.Storage, key);
                }
                else
                {
                    batch.Put(DbTable.Storage, key, StateKeys.FlatValue(entry.Current, value));
                }

                entry.InFlat = entry.Current;
            }

            if (!state.CommittedExists || state.Account != state.Committed)
            {
                Span<byte> encoded = stackalloc byte[AccountCodec.MaxLength];
                batch.Put(DbTable.Accounts, state.Address.Bytes, encoded[..AccountCodec.Encode(state.Account, encoded)]);
            }
        }
        else if (state.CommittedExists && flat)
        {
            // Deletion always resets the storage first (StorageCleared), so the wipe above already ran.
            batch.Delete(DbTable.Accounts, state.Address.Bytes);
        }
    }

    /// <summary>
    /// Stores the preimages of the trie keys this account brought into the tries (its address when it is new, the
    /// slots it inserted), which <see cref="StateStore.MoveHead"/> needs to map a trie difference onto flat rows.
    /// </summary>
    private static void WritePreimages(IWriteBatch batch, AccountState state)
    {
        if (!state.CommittedExists)
        {
            batch.Put(DbTable.Preimages, HashedAddress(state), state.Address.Bytes);
        }

        if (state.InsertedSlots is not { } inserted)
        {
            return;
        }

        Span<byte> hash = stackalloc byte[Hash256.Size];
        Span<byte> raw = stackalloc byte[32];
        foreach (var slot in inserted)
        {
            StateKeys.HashedSlot(slot, hash);
            slot.WriteBigEndian(raw);
            batch.Put(DbTable.Preimages, hash, raw);
        }

        state.InsertedSlots = null;
    }

    /// <summary>Deletes every flat storage row of <paramref name="address"/>.</summary>
    private void WipeStoredStorage(IWriteBatch batch, in Address address)
    {
        foreach (var (key, _) in _store.Database[DbTable.Storage].Iterate(address.ToArray()))
        {
            batch.Delete(DbTable.Storage, key);
        }
    }

    /// <summary>Starts over on top of the state just committed.</summary>
    private void Reset(in Hash256 root)
    {
        _accounts.Clear();
        _dirty.Clear();
        _touched.Clear();
        _withTransient.Clear();
        _accountTrie = null;
        _reader = _store.CreateHeadReader(root);
    }
}
