using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.State;

namespace Glow.Node.Tests.TxPool;

/// <summary>Accounts with a nonce and a balance, nothing else; thread-safe so that tests may change it between head updates.</summary>
internal sealed class FakeWorldState : IReadOnlyWorldState
{
    private readonly Dictionary<Address, Account> _accounts = [];
    private readonly Lock _lock = new();

    public void Set(Address address, ulong nonce, UInt256 balance)
    {
        lock (_lock)
        {
            _accounts[address] = new Account(nonce, balance, Account.EmptyTrieRoot, Keccak256.OfEmpty);
        }
    }

    public bool TryGetAccount(in Address address, out Account account)
    {
        lock (_lock)
        {
            return _accounts.TryGetValue(address, out account);
        }
    }

    public bool AccountExists(in Address address) => TryGetAccount(address, out _);

    public bool IsDeadOrMissing(in Address address) => !TryGetAccount(address, out var account) || account.IsEmpty;

    public UInt256 GetBalance(in Address address) => TryGetAccount(address, out var account) ? account.Balance : UInt256.Zero;

    public ulong GetNonce(in Address address) => TryGetAccount(address, out var account) ? account.Nonce : 0;

    public Hash256 GetCodeHash(in Address address) => TryGetAccount(address, out var account) ? account.CodeHash : Hash256.Zero;

    public ReadOnlyMemory<byte> GetCode(in Address address) => ReadOnlyMemory<byte>.Empty;

    public UInt256 GetStorage(in Address address, in UInt256 slot) => UInt256.Zero;
}
