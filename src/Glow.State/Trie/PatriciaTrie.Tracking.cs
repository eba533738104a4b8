using Glow.Core;

namespace Glow.State.Trie;

/// <summary>
/// Node tracking for pruning. A stored node sits at one position of one trie; with <see cref="TrackNodes"/> set the
/// trie reports each stored node that leaves its position (replaced by a changed copy, merged into a neighbour, or
/// removed) and each node it writes into a new position. The pruner counts positions per hash with these reports,
/// so a node shared by several positions or tries is deleted only when the last one lets it go.
/// </summary>
public sealed partial class PatriciaTrie
{
    private readonly Lock _trackingLock = new();
    private List<Hash256> _obsolete = [];
    private List<Hash256> _written = [];

    /// <summary>Record the stored nodes that leave the trie and the nodes a commit writes (pruning needs both).</summary>
    public bool TrackNodes { get; init; }

    /// <summary>The stored nodes that left the trie since the last call, in the order they left (with repeats).</summary>
    public IReadOnlyList<Hash256> TakeObsoleteNodes()
    {
        lock (_trackingLock)
        {
            var taken = _obsolete;
            _obsolete = [];
            return taken;
        }
    }

    /// <summary>The nodes commits wrote since the last call (with repeats when a node went into several positions).</summary>
    public IReadOnlyList<Hash256> TakeWrittenNodes()
    {
        lock (_trackingLock)
        {
            var taken = _written;
            _written = [];
            return taken;
        }
    }

    /// <summary>
    /// Adds to <paramref name="hashes"/> the hash of every stored node of the trie under <paramref name="root"/>: the
    /// root and each node referenced by hash (embedded nodes are part of their parent). Loads the whole trie.
    /// </summary>
    /// <exception cref="TrieException">A node is missing from the store.</exception>
    public static void CollectStoredNodes(TrieNodeStore store, in Hash256 root, List<Hash256> hashes)
    {
        if (root == Core.Crypto.Keccak256.OfEmptyString)
        {
            return;
        }

        var pending = new Stack<Hash256>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var hash = pending.Pop();
            hashes.Add(hash);
            PushStoredChildren(store.Load(hash), pending);
        }
    }

    private static void PushStoredChildren(TrieNode node, Stack<Hash256> pending)
    {
        switch (node)
        {
            case HashNode hash:
                pending.Push(hash.Hash);
                break;
            case ExtensionNode extension:
                PushStoredChildren(extension.Child, pending);
                break;
            case BranchNode branch:
                for (var i = 0; i < 16; i++)
                {
                    if (branch.TryGetStoredChild(i, out var child))
                    {
                        pending.Push(child);
                    }
                    else if (branch.Slots[i] is { } embedded)
                    {
                        PushStoredChildren(embedded, pending);
                    }
                }

                break;
        }
    }

    /// <summary>Reports a node leaving its position, when it is a stored one (clean, referenced by hash).</summary>
    private void Obsolete(TrieNode node)
    {
        if (node.IsDirty || !node.HasHash || node is HashNode)
        {
            return;
        }

        lock (_trackingLock)
        {
            _obsolete.Add(node.Hash);
        }
    }

    private void Written(in Hash256 hash)
    {
        lock (_trackingLock)
        {
            _written.Add(hash);
        }
    }
}
