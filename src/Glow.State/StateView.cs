using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.State;
using Glow.State.Trie;
using Glow.State.World;

namespace Glow.State;

/// <summary>
/// A read-only view of one stored state (<see cref="Root"/>), for RPC reads at any block and for proofs. Thread-safe,
/// cheap to create, never changes: commits after it was made are not visible.
/// </summary>
public sealed class StateView : IReadOnlyWorldState
{
    private readonly StateStore _store;
    private readonly IStateReader _reader;

    internal StateView(StateStore store, IStateReader reader)
    {
        _store = store;
        _reader = reader;
    }

    /// <summary>The state root this view reads.</summary>
    public Hash256 Root => _reader.Root;

    /// <inheritdoc />
    public bool TryGetAccount(in Address address, out Account account) => _reader.TryReadAccount(address, out account);

    /// <inheritdoc />
    public bool AccountExists(in Address address) => _reader.TryReadAccount(address, out _);

    /// <inheritdoc />
    public bool IsDeadOrMissing(in Address address) => !_reader.TryReadAccount(address, out var account) || account.IsEmpty;

    /// <inheritdoc />
    public UInt256 GetBalance(in Address address) =>
        _reader.TryReadAccount(address, out var account) ? account.Balance : UInt256.Zero;

    /// <inheritdoc />
    public ulong GetNonce(in Address address) =>
        _reader.TryReadAccount(address, out var account) ? account.Nonce : 0;

    /// <inheritdoc />
    public Hash256 GetCodeHash(in Address address) =>
        _reader.TryReadAccount(address, out var account) ? account.CodeHash : Hash256.Zero;

    /// <inheritdoc />
    public ReadOnlyMemory<byte> GetCode(in Address address) =>
        _reader.TryReadAccount(address, out var account) ? _store.ReadCode(account.CodeHash) : ReadOnlyMemory<byte>.Empty;

    /// <inheritdoc />
    public UInt256 GetStorage(in Address address, in UInt256 slot) =>
        _reader.TryReadAccount(address, out var account) ? _reader.ReadStorage(address, account.StorageRoot, slot) : UInt256.Zero;

    /// <summary>
    /// The EIP-1186 proof (<c>eth_getProof</c>) of an account and some of its storage slots in this state: the trie
    /// nodes from the state root to the account, and from its storage root to each slot. Absent accounts and slots get
    /// proofs of absence.
    /// </summary>
    public AccountProof GetProof(in Address address, IReadOnlyList<UInt256> slots)
    {
        ArgumentNullException.ThrowIfNull(slots);
        var accounts = new PatriciaTrie(_store.Nodes, Root);
        var accountProof = accounts.GetProof(Keccak256.ComputeBytes(address.Bytes));
        var exists = _reader.TryReadAccount(address, out var account);
        var storageRoot = exists ? account.StorageRoot : Account.EmptyTrieRoot;
        var storage = new PatriciaTrie(_store.Nodes, storageRoot);
        var storageProofs = new StorageProof[slots.Count];
        var key = new byte[Hash256.Size];
        for (var i = 0; i < slots.Count; i++)
        {
            StateKeys.HashedSlot(slots[i], key);
            var value = exists ? _reader.ReadStorage(address, storageRoot, slots[i]) : UInt256.Zero;
            storageProofs[i] = new StorageProof(slots[i], value, storage.GetProof(key));
        }

        return new AccountProof(address, exists ? account : null, accountProof, storageProofs);
    }
}
