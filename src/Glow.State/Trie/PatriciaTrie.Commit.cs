using System.Buffers;
using System.Runtime.CompilerServices;
using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Db;

namespace Glow.State.Trie;

/// <summary>
/// Root hashing and commit. A node's reference is computed once, after its children's, and cached until the node
/// changes; encoding uses a stack buffer. Many changes since the last hash spread the sixteen subtrees of the top
/// branch over the cores (dirty nodes have one parent, so the subtrees share nothing that changes).
/// </summary>
public sealed partial class PatriciaTrie
{
    /// <summary>Changes since the last hash (or commit) above which the subtrees are hashed (or written) in parallel.</summary>
    private const int ParallelHashThreshold = 2048;

    /// <summary>Encodings up to this size use a stack buffer: a full branch with a 32-byte value fits.</summary>
    private const int StackBufferSize = 1024;

    /// <summary>
    /// Hashes the changed nodes, writes each new node whose RLP is 32 bytes or more into <paramref name="batch"/>
    /// (table <see cref="DbTable.TrieNodes"/>, key = its hash), plus the root even when smaller, and returns the root
    /// hash. Nodes already stored are not written again, so a second commit without changes writes nothing. Each
    /// node is encoded once, hashed if it was not yet, and written; with many changes the subtrees of the top branch
    /// do this on several threads, calling <see cref="IWriteBatch.Put"/> one at a time under a lock.
    /// </summary>
    /// <exception cref="TrieException">A node needed for hashing is missing from the store.</exception>
    public Hash256 Commit(IWriteBatch batch)
    {
        if (_root is { IsDirty: true })
        {
            var writer = new NodeWriter(batch, TrackNodes ? this : null);
            if (_changesSinceCommit >= ParallelHashThreshold && TopBranch(_root) is { } top)
            {
                RunInParallel(i =>
                {
                    if (top.Slots[i] is { IsDirty: true } child)
                    {
                        Persist(child, writer);
                    }
                });
            }

            Persist(_root, writer);
        }

        var root = ComputeRootHash();
        if (_root?.Embedded is { } small && root != _lastCommittedRoot)
        {
            // A root under 32 bytes is embedded nowhere, so it is stored under its hash like a large one.
            batch.Put(DbTable.TrieNodes, root.Bytes, small);
            if (TrackNodes)
            {
                Written(root);
            }
        }

        _lastCommittedRoot = root;
        _changesSinceCommit = 0;
        return root;
    }

    private Hash256 ComputeRootHash()
    {
        var root = _root;
        if (root is null)
        {
            return Keccak256.OfEmptyString;
        }

        if (!root.HasReference)
        {
            if (_changesSinceHash >= ParallelHashThreshold)
            {
                ReferenceSubtreesInParallel(root);
            }

            EnsureReference(root);
        }

        _changesSinceHash = 0;
        return root.HasHash ? root.Hash : Keccak256.Compute(root.Embedded);
    }

    private static void ReferenceSubtreesInParallel(TrieNode root)
    {
        if (TopBranch(root) is { } branch)
        {
            RunInParallel(i =>
            {
                if (branch.Slots[i] is { HasReference: false } child)
                {
                    EnsureReference(child);
                }
            });
        }
    }

    /// <summary>The first branch from the root down through changed extensions, when it changed too.</summary>
    private static BranchNode? TopBranch(TrieNode root)
    {
        var top = root;
        while (top is ExtensionNode { IsDirty: true } extension)
        {
            top = extension.Child;
        }

        return top is BranchNode { IsDirty: true } branch ? branch : null;
    }

    /// <summary>Computes the references of <paramref name="node"/> and of every node below it that lacks one.</summary>
    private static void EnsureReference(TrieNode node)
    {
        if (node.HasReference)
        {
            return;
        }

        switch (node)
        {
            case BranchNode branch:
                for (var i = 0; i < 16; i++)
                {
                    if (branch.Slots[i] is { HasReference: false } child)
                    {
                        EnsureReference(child);
                    }
                }

                break;
            case ExtensionNode extension:
                EnsureReference(extension.Child);
                break;
        }

        SetReference(node);
    }

    [SkipLocalsInit]
    private static void SetReference(TrieNode node)
    {
        var length = TrieNodeCodec.EncodedLength(node);
        byte[]? rented = null;
        var buffer = length <= StackBufferSize ? stackalloc byte[StackBufferSize] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var written = TrieNodeCodec.Encode(node, buffer);
        node.SetReference(buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Writes the dirty nodes under <paramref name="node"/> that are stored by hash, children first, computing the
    /// references still missing from the same encoding, and marks them clean.
    /// </summary>
    private static void Persist(TrieNode node, NodeWriter writer)
    {
        if (!node.IsDirty)
        {
            return;
        }

        switch (node)
        {
            case BranchNode branch:
                for (var i = 0; i < 16; i++)
                {
                    if (branch.Slots[i] is { IsDirty: true } child)
                    {
                        Persist(child, writer);
                    }
                }

                break;
            case ExtensionNode extension:
                Persist(extension.Child, writer);
                break;
        }

        Write(node, writer);
        node.IsDirty = false;
    }

    [SkipLocalsInit]
    private static void Write(TrieNode node, NodeWriter writer)
    {
        if (node.Embedded is not null)
        {
            // Known to be embedded in its parent: nothing to store.
            return;
        }

        var length = TrieNodeCodec.EncodedLength(node);
        byte[]? rented = null;
        var buffer = length <= StackBufferSize ? stackalloc byte[StackBufferSize] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var encoded = buffer[..TrieNodeCodec.Encode(node, buffer)];
        if (!node.HasReference)
        {
            node.SetReference(encoded);
        }

        if (node.HasHash)
        {
            writer.Put(node.Hash, encoded);
        }

        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Serialises the writes of the committing threads into the batch.</summary>
    private sealed class NodeWriter(IWriteBatch batch, PatriciaTrie? tracker)
    {
        private readonly Lock _lock = new();

        public void Put(in Hash256 hash, ReadOnlySpan<byte> rlp)
        {
            lock (_lock)
            {
                batch.Put(DbTable.TrieNodes, hash.Bytes, rlp);
                tracker?.Written(hash);
            }
        }
    }

    /// <summary>The RLP of a node whose children have their references, as a new array.</summary>
    private static byte[] EncodeToArray(TrieNode node)
    {
        var result = new byte[TrieNodeCodec.EncodedLength(node)];
        TrieNodeCodec.Encode(node, result);
        return result;
    }
}
