using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.State;

namespace Glow.State.World;

/// <summary>
/// Reads the state under <see cref="Root"/>, the head when the reader was made, from the flat tables while they still
/// hold that state, and from the tries otherwise. A read is checked against the store's commit counter (a seqlock):
/// when a commit started or finished during it, or the head has moved, the tries answer instead, so a reader sees
/// one consistent state however long it lives.
/// </summary>
internal sealed class LatestStateReader : IStateReader
{
    private readonly StateStore _store;
    private readonly FlatStateReader _flat;
    private TrieStateReader? _trie;

    public LatestStateReader(StateStore store, in Hash256 root)
    {
        _store = store;
        Root = root;
        _flat = new FlatStateReader(store.Database, root);
    }

    public Hash256 Root { get; }

    public bool TryReadAccount(in Address address, out Account account)
    {
        var before = _store.Version;
        if ((before & 1) == 0 && _store.HeadRoot == Root)
        {
            var found = _flat.TryReadAccount(address, out account);
            if (_store.Version == before)
            {
                return found;
            }
        }

        return Trie.TryReadAccount(address, out account);
    }

    public UInt256 ReadStorage(in Address address, in Hash256 storageRoot, in UInt256 slot)
    {
        var before = _store.Version;
        if ((before & 1) == 0 && _store.HeadRoot == Root)
        {
            var value = _flat.ReadStorage(address, storageRoot, slot);
            if (_store.Version == before)
            {
                return value;
            }
        }

        return Trie.ReadStorage(address, storageRoot, slot);
    }

    private TrieStateReader Trie => _trie ??= new TrieStateReader(_store.Nodes, Root);
}
