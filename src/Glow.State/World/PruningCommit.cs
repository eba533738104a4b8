using System.Buffers.Binary;
using Glow.Core;
using Glow.Core.Db;
using Glow.State.Trie;

namespace Glow.State.World;

/// <summary>
/// The pruning side of one commit. Every stored trie node has a count of the places that hold it
/// (<see cref="DbTable.NodeRefs"/>): positions in the head state's tries, plus entries of
/// <see cref="DbTable.ObsoleteNodes"/> waiting for their block to leave the kept window. A commit adds one per node
/// written; a node leaving the head's tries keeps its count and is listed under the block; once that block is old
/// enough that no kept state can contain the node there, the count drops by one, and at zero the node is deleted.
/// </summary>
/// <remarks>
/// Why this is exact: a node obsolete at block d was part of the state of block d - 1 and not of block d. Keeping the
/// last K states means keeping blocks h - K + 1 .. h, so the state of d - 1 is dropped once d - 1 &lt; h - K + 1, that
/// is when h ≥ d + K - 1. Other places the same node holds (another position, another account's storage trie, a
/// later re-insertion) have counts of their own.
/// </remarks>
internal sealed class PruningCommit(StateStore store, ulong blockNumber)
{
    private readonly List<Hash256> _obsolete = [];
    private readonly List<Hash256> _written = [];

    /// <summary>Takes the nodes that left <paramref name="trie"/> (call before committing it).</summary>
    public void CollectTrie(PatriciaTrie trie) => _obsolete.AddRange(trie.TakeObsoleteNodes());

    /// <summary>Takes the nodes <paramref name="trie"/> wrote (call after committing it).</summary>
    public void CollectWritten(PatriciaTrie trie) => _written.AddRange(trie.TakeWrittenNodes());

    /// <summary>Every node of a storage trie that leaves whole (its account was deleted or created over).</summary>
    public void CollectWholeTrie(in Hash256 root) => PatriciaTrie.CollectStoredNodes(store.Nodes, root, _obsolete);

    /// <summary>Adds this block's obsolete list, processes the blocks leaving the window, and applies the count changes.</summary>
    public void Finish(IWriteBatch batch)
    {
        var changes = new SortedDictionary<Hash256, int>();
        foreach (var hash in _written)
        {
            Add(changes, hash, 1);
        }

        // Blocks d ≤ h - K + 1 release their obsolete nodes now, and the states of blocks below h - K + 1 are gone.
        var kept = (ulong)store.History.KeptBlocks;
        ulong? bound = blockNumber + 1 >= kept ? blockNumber + 1 - kept : null;
        if (bound == blockNumber)
        {
            // A window of one block: this block's obsolete nodes are released at once.
            foreach (var hash in _obsolete)
            {
                Add(changes, hash, -1);
            }
        }
        else if (_obsolete.Count > 0)
        {
            var list = new byte[_obsolete.Count * Hash256.Size];
            for (var i = 0; i < _obsolete.Count; i++)
            {
                _obsolete[i].CopyTo(list.AsSpan(i * Hash256.Size));
            }

            batch.Put(DbTable.ObsoleteNodes, StateKeys.BlockKey(blockNumber), list);
        }

        if (bound is { } last)
        {
            Release(batch, changes, last);
        }

        ApplyCounts(store, batch, changes);
    }

    private void Release(IWriteBatch batch, SortedDictionary<Hash256, int> changes, ulong last)
    {
        var database = store.Database;
        foreach (var (key, value) in database[DbTable.ObsoleteNodes].Iterate([]))
        {
            if (BinaryPrimitives.ReadUInt64BigEndian(key) > last)
            {
                break;
            }

            for (var offset = 0; offset + Hash256.Size <= value.Length; offset += Hash256.Size)
            {
                Add(changes, new Hash256(value.AsSpan(offset, Hash256.Size)), -1);
            }

            batch.Delete(DbTable.ObsoleteNodes, key);
        }

        foreach (var (key, _) in database[DbTable.StateRoots].Iterate([]))
        {
            if (BinaryPrimitives.ReadUInt64BigEndian(key) >= last)
            {
                break;
            }

            batch.Delete(DbTable.StateRoots, key);
        }
    }

    /// <summary>Applies count changes: writes the new counts, deleting each node (and its count) that reaches zero.</summary>
    public static void ApplyCounts(StateStore store, IWriteBatch batch, SortedDictionary<Hash256, int> changes)
    {
        var refs = store.Database[DbTable.NodeRefs];
        Span<byte> encoded = stackalloc byte[4];
        foreach (var (hash, change) in changes)
        {
            if (change == 0)
            {
                continue;
            }

            var stored = refs.Get(hash.Bytes);
            var count = (stored is { Length: 4 } ? BinaryPrimitives.ReadUInt32BigEndian(stored) : 0L) + change;
            if (count < 0)
            {
                throw new StateException($"Pruning found trie node {hash} released more often than it was stored; the node reference counts are inconsistent.");
            }

            if (count == 0)
            {
                batch.Delete(DbTable.TrieNodes, hash.Bytes);
                batch.Delete(DbTable.NodeRefs, hash.Bytes);
            }
            else
            {
                BinaryPrimitives.WriteUInt32BigEndian(encoded, (uint)count);
                batch.Put(DbTable.NodeRefs, hash.Bytes, encoded);
            }
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the pending change of <paramref name="hash"/>'s count.</summary>
    public static void Add(SortedDictionary<Hash256, int> changes, in Hash256 hash, int delta)
    {
        changes.TryGetValue(hash, out var current);
        changes[hash] = current + delta;
    }
}
