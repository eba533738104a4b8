using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.Rlp;
using Glow.Core.State;
using Glow.State.Trie;

namespace Glow.TestKit;

/// <summary>
/// A plain, slow and obviously-correct <see cref="IWorldState"/> for tests: dictionaries, an undo list for the
/// journal, and a state root computed from scratch with the Patricia trie. Meant as a test double for the EVM and as
/// a reference to compare the production world state against.
/// </summary>
public sealed class ReferenceWorldState : IWorldState
{
    private readonly Dictionary<Address, AccountData> _accounts = [];
    private readonly Dictionary<(Address, UInt256), UInt256> _original = [];
    private readonly Dictionary<(Address, UInt256), UInt256> _transient = [];
    private readonly HashSet<Address> _touched = [];
    private readonly List<Action> _undo = [];

    /// <summary>Every account, for assertions.</summary>
    public IReadOnlyCollection<Address> Addresses => _accounts.Keys;

    /// <inheritdoc />
    public bool TryGetAccount(in Address address, out Account account)
    {
        if (!_accounts.TryGetValue(address, out var data))
        {
            account = default;
            return false;
        }

        account = new Account(data.Nonce, data.Balance, StorageRoot(data), data.CodeHash);
        return true;
    }

    /// <inheritdoc />
    public bool AccountExists(in Address address) => _accounts.ContainsKey(address);

    /// <inheritdoc />
    public bool IsDeadOrMissing(in Address address) =>
        !_accounts.TryGetValue(address, out var data) || (data.Nonce == 0 && data.Balance.IsZero && data.Code.Length == 0);

    /// <inheritdoc />
    public UInt256 GetBalance(in Address address) => _accounts.TryGetValue(address, out var data) ? data.Balance : UInt256.Zero;

    /// <inheritdoc />
    public ulong GetNonce(in Address address) => _accounts.TryGetValue(address, out var data) ? data.Nonce : 0;

    /// <inheritdoc />
    public Hash256 GetCodeHash(in Address address) => _accounts.TryGetValue(address, out var data) ? data.CodeHash : Hash256.Zero;

    /// <inheritdoc />
    public ReadOnlyMemory<byte> GetCode(in Address address) => _accounts.TryGetValue(address, out var data) ? data.Code : ReadOnlyMemory<byte>.Empty;

    /// <inheritdoc />
    public UInt256 GetStorage(in Address address, in UInt256 slot) =>
        _accounts.TryGetValue(address, out var data) && data.Storage.TryGetValue(slot, out var value) ? value : UInt256.Zero;

    /// <inheritdoc />
    public void CreateAccount(in Address address)
    {
        var key = address;
        var previous = _accounts.GetValueOrDefault(key);
        _accounts[key] = new AccountData { Balance = previous?.Balance ?? UInt256.Zero };
        _undo.Add(() => Restore(key, previous));
    }

    /// <inheritdoc />
    public void AddBalance(in Address address, in UInt256 amount)
    {
        var data = Ensure(address);
        Touch(address);
        var before = data.Balance;
        data.Balance = checked(before + amount);
        _undo.Add(() => data.Balance = before);
    }

    /// <inheritdoc />
    public void SubtractBalance(in Address address, in UInt256 amount)
    {
        var data = Ensure(address);
        if (data.Balance < amount)
        {
            throw new InvalidOperationException($"balance of {address} is {data.Balance}, below {amount}");
        }

        Touch(address);
        var before = data.Balance;
        data.Balance = before - amount;
        _undo.Add(() => data.Balance = before);
    }

    /// <inheritdoc />
    public void SetNonce(in Address address, ulong nonce)
    {
        var data = Ensure(address);
        var before = data.Nonce;
        data.Nonce = nonce;
        _undo.Add(() => data.Nonce = before);
    }

    /// <inheritdoc />
    public void SetCode(in Address address, ReadOnlyMemory<byte> code)
    {
        var data = Ensure(address);
        var (beforeCode, beforeHash) = (data.Code, data.CodeHash);
        data.Code = code.ToArray();
        data.CodeHash = Keccak256.Compute(code.Span);
        _undo.Add(() => (data.Code, data.CodeHash) = (beforeCode, beforeHash));
    }

    /// <inheritdoc />
    public void SetStorage(in Address address, in UInt256 slot, in UInt256 value)
    {
        var data = Ensure(address);
        var key = slot;
        var had = data.Storage.TryGetValue(key, out var before);
        _original.TryAdd((address, key), before);
        if (value.IsZero)
        {
            data.Storage.Remove(key);
        }
        else
        {
            data.Storage[key] = value;
        }

        _undo.Add(() =>
        {
            if (had)
            {
                data.Storage[key] = before;
            }
            else
            {
                data.Storage.Remove(key);
            }
        });
    }

    /// <inheritdoc />
    public UInt256 GetOriginalStorage(in Address address, in UInt256 slot) =>
        _original.TryGetValue((address, slot), out var value) ? value : GetStorage(address, slot);

    /// <inheritdoc />
    public UInt256 GetTransientStorage(in Address address, in UInt256 slot) => _transient.GetValueOrDefault((address, slot));

    /// <inheritdoc />
    public void SetTransientStorage(in Address address, in UInt256 slot, in UInt256 value)
    {
        var key = (address, slot);
        var had = _transient.TryGetValue(key, out var before);
        _transient[key] = value;
        _undo.Add(() =>
        {
            if (had)
            {
                _transient[key] = before;
            }
            else
            {
                _transient.Remove(key);
            }
        });
    }

    /// <inheritdoc />
    public void Touch(in Address address)
    {
        var key = address;
        if (_touched.Add(key))
        {
            _undo.Add(() => _touched.Remove(key));
        }
    }

    /// <inheritdoc />
    public void DeleteAccount(in Address address)
    {
        var key = address;
        if (_accounts.Remove(key, out var previous))
        {
            _undo.Add(() => _accounts[key] = previous);
        }
    }

    /// <inheritdoc />
    public int TakeSnapshot() => _undo.Count;

    /// <inheritdoc />
    public void RevertToSnapshot(int snapshot)
    {
        for (var i = _undo.Count - 1; i >= snapshot; i--)
        {
            _undo[i]();
        }

        _undo.RemoveRange(snapshot, _undo.Count - snapshot);
    }

    /// <inheritdoc />
    public void FinishTransaction(bool deleteTouchedEmptyAccounts)
    {
        if (deleteTouchedEmptyAccounts)
        {
            foreach (var address in _touched)
            {
                if (_accounts.ContainsKey(address) && IsDeadOrMissing(address))
                {
                    _accounts.Remove(address);
                }
            }
        }

        _touched.Clear();
        _transient.Clear();
        _original.Clear();
        _undo.Clear();
    }

    /// <inheritdoc />
    public Hash256 ComputeStateRoot()
    {
        var trie = new SecureTrie();
        foreach (var (address, data) in _accounts)
        {
            var encoded = new RlpBuilder()
                .StartList()
                .AddUInt64(data.Nonce)
                .AddInteger(data.Balance.ToBigEndian())
                .AddBytes(StorageRoot(data).Bytes)
                .AddBytes(data.CodeHash.Bytes)
                .EndList()
                .ToArray();
            trie.Set(address.Bytes, encoded);
        }

        return trie.RootHash;
    }

    /// <inheritdoc />
    public Hash256 Commit(ulong blockNumber) => ComputeStateRoot();

    /// <summary>The storage of an account, for assertions.</summary>
    public IReadOnlyDictionary<UInt256, UInt256> StorageOf(in Address address) =>
        _accounts.TryGetValue(address, out var data) ? data.Storage : new Dictionary<UInt256, UInt256>();

    private static Hash256 StorageRoot(AccountData data)
    {
        if (data.Storage.Count == 0)
        {
            return Account.EmptyTrieRoot;
        }

        var trie = new SecureTrie();
        foreach (var (slot, value) in data.Storage)
        {
            var encoded = new RlpBuilder().AddInteger(value.ToBigEndian()).ToArray();
            trie.Set(slot.ToBigEndian(), encoded);
        }

        return trie.RootHash;
    }

    private AccountData Ensure(in Address address)
    {
        if (_accounts.TryGetValue(address, out var data))
        {
            return data;
        }

        var key = address;
        data = new AccountData();
        _accounts[key] = data;
        _undo.Add(() => _accounts.Remove(key));
        return data;
    }

    private void Restore(Address address, AccountData? previous)
    {
        if (previous is null)
        {
            _accounts.Remove(address);
        }
        else
        {
            _accounts[address] = previous;
        }
    }

    private sealed class AccountData
    {
        public ulong Nonce { get; set; }

        public UInt256 Balance { get; set; }

        public byte[] Code { get; set; } = [];

        public Hash256 CodeHash { get; set; } = Keccak256.OfEmpty;

        public Dictionary<UInt256, UInt256> Storage { get; } = [];
    }
}
