using Glow.Core;
using Glow.Core.Db;
using Glow.Core.Rlp;
using Glow.Core.State;
using Glow.State.Trie;

namespace Glow.State.World;

/// <summary>
/// The storage part of a <see cref="FlatStateMove"/>: rewrites one account's flat storage rows from the difference of
/// its old and new storage tries, or deletes them all when the new storage is empty.
/// </summary>
internal sealed class FlatStorageMove(StateStore store, IWriteBatch batch, SortedDictionary<Hash256, int>? counts) : ITrieDifferenceVisitor
{
    private Address _address;

    /// <summary>Flat storage rows written or deleted.</summary>
    public int SlotsChanged { get; private set; }

    /// <summary>Queues the changes of <paramref name="address"/>'s flat storage from the trie <paramref name="from"/> to <paramref name="to"/>.</summary>
    public void Run(in Address address, in Hash256 from, in Hash256 to)
    {
        if (from == to)
        {
            return;
        }

        if (to == Account.EmptyTrieRoot)
        {
            // Every row goes: one range read of the flat table instead of a walk of the old trie.
            foreach (var (key, _) in store.Database[DbTable.Storage].Iterate(address.ToArray()))
            {
                batch.Delete(DbTable.Storage, key);
                SlotsChanged++;
            }

            if (counts is not null)
            {
                var nodes = new List<Hash256>();
                PatriciaTrie.CollectStoredNodes(store.Nodes, from, nodes);
                foreach (var hash in nodes)
                {
                    PruningCommit.Add(counts, hash, -1);
                }
            }

            return;
        }

        _address = address;
        PatriciaTrie.Diff(store.Nodes, from, to, this);
    }

    /// <inheritdoc />
    public void Changed(ReadOnlySpan<byte> key, ReadOnlyMemory<byte> from, ReadOnlyMemory<byte> to)
    {
        SlotsChanged++;
        Span<byte> flatKey = stackalloc byte[StateKeys.StorageKeyLength];
        _address.CopyTo(flatKey);
        FlatStateMove.Preimage(store, key, 32).CopyTo(flatKey[Address.Size..]);
        if (to.IsEmpty)
        {
            batch.Delete(DbTable.Storage, flatKey);
            return;
        }

        UInt256Value(to.Span, out var value);
        Span<byte> buffer = stackalloc byte[32];
        batch.Put(DbTable.Storage, flatKey, StateKeys.FlatValue(value, buffer));
    }

    /// <inheritdoc />
    public void Node(in Hash256 hash, bool inFrom)
    {
        if (counts is not null)
        {
            PruningCommit.Add(counts, hash, inFrom ? -1 : 1);
        }
    }

    private void UInt256Value(ReadOnlySpan<byte> encoded, out Core.Numerics.UInt256 value)
    {
        try
        {
            value = StateKeys.DecodeTrieValue(encoded);
        }
        catch (RlpException e)
        {
            throw new StateException($"A storage value of {_address} in a storage trie is corrupt: {e.Message}", e);
        }
    }
}
