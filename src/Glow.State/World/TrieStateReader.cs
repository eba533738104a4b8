using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.Rlp;
using Glow.Core.State;
using Glow.State.Trie;

namespace Glow.State.World;

/// <summary>
/// Reads the state under any stored root by walking the tries: the account trie keyed by Keccak-256 of the address,
/// then the account's storage trie keyed by Keccak-256 of the slot. Thread-safe (trie reads share the node store).
/// </summary>
internal sealed class TrieStateReader : IStateReader
{
    private readonly TrieNodeStore _nodes;
    private readonly PatriciaTrie _accounts;

    public TrieStateReader(TrieNodeStore nodes, in Hash256 root)
    {
        _nodes = nodes;
        Root = root;
        _accounts = new PatriciaTrie(nodes, root);
    }

    public Hash256 Root { get; }

    public bool TryReadAccount(in Address address, out Account account)
    {
        Span<byte> key = stackalloc byte[Hash256.Size];
        Keccak256.Hash(address.Bytes, key);
        if (!_accounts.TryGet(key, out var encoded))
        {
            account = default;
            return false;
        }

        try
        {
            account = AccountCodec.Decode(encoded.Span);
        }
        catch (RlpException e)
        {
            throw new StateException($"The account of {address} in the state trie {Root} is corrupt: {e.Message}", e);
        }

        return true;
    }

    public UInt256 ReadStorage(in Address address, in Hash256 storageRoot, in UInt256 slot)
    {
        if (storageRoot == Account.EmptyTrieRoot)
        {
            return UInt256.Zero;
        }

        Span<byte> key = stackalloc byte[Hash256.Size];
        StateKeys.HashedSlot(slot, key);
        if (!new PatriciaTrie(_nodes, storageRoot).TryGet(key, out var encoded))
        {
            return UInt256.Zero;
        }

        try
        {
            return StateKeys.DecodeTrieValue(encoded.Span);
        }
        catch (RlpException e)
        {
            throw new StateException($"Storage slot {slot} of {address} under {storageRoot} is corrupt: {e.Message}", e);
        }
    }
}
