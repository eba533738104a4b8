using Glow.Core;
using Glow.Core.Db;
using Glow.Core.Numerics;
using Glow.Core.Rlp;
using Glow.Core.State;

namespace Glow.State.World;

/// <summary>
/// Reads the latest committed state from the flat tables (<see cref="DbTable.Accounts"/>, <see cref="DbTable.Storage"/>):
/// one key lookup per read, no trie walk, no hashing.
/// </summary>
internal sealed class FlatStateReader(IDatabase database, Hash256 root) : IStateReader
{
    private readonly IKeyValueStore _accounts = database[DbTable.Accounts];
    private readonly IKeyValueStore _storage = database[DbTable.Storage];

    public Hash256 Root { get; } = root;

    public bool TryReadAccount(in Address address, out Account account)
    {
        var encoded = _accounts.Get(address.Bytes);
        if (encoded is null)
        {
            account = default;
            return false;
        }

        try
        {
            account = AccountCodec.Decode(encoded);
        }
        catch (RlpException e)
        {
            throw new StateException($"The flat account of {address} is corrupt: {e.Message}", e);
        }

        return true;
    }

    public UInt256 ReadStorage(in Address address, in Hash256 storageRoot, in UInt256 slot)
    {
        Span<byte> key = stackalloc byte[StateKeys.StorageKeyLength];
        StateKeys.StorageKey(address, slot, key);
        var value = _storage.Get(key);
        return value is null ? UInt256.Zero : UInt256.FromBigEndian(value);
    }
}
