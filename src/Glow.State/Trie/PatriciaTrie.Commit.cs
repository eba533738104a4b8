using System.Buffers;
using System.Runtime.CompilerServices;
using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Db;

namespace Glow.State.Trie;

/// <summary>
/// Root hashing and commit. A node's reference is computed once, after its children's, and cached until the node
/// changes; encoding uses a stack buffer. Many changes since the last hash spread the sixteen subtrees of the top
/// branch over the cores (subtrees of dirty nodes share nothing, so they hash independently).
/// </summary>
public sealed partial class PatriciaTrie
{
    /// <summary>Changes since the last hash above which the subtrees are hashed in parallel.</summary>
    private const int ParallelHashThreshold = 2048;

    /// <summary>Encodings up to this size use a stack buffer: a full branch with a 32-byte value fits.</summary>
    private const int StackBufferSize = 1024;

    /// <summary>
    /// Hashes the changed nodes, writes each new node whose RLP is 32 bytes or more into <paramref name="batch"/>
    /// (table <see cref="DbTable.TrieNodes"/>, key = its hash), plus the root even when smaller, and returns the root
    /// hash. Nodes already stored are not written again, so a second commit without changes writes nothing.
    /// </summary>
    /// <exception cref="TrieException">A node needed for hashing is missing from the store.</exception>
    public Hash256 Commit(IWriteBatch batch)
    {
        var root = ComputeRootHash();
        if (_root is not null)
        {
            Persist(_root, batch);
            if (_root.Embedded is { } small && root != _lastCommittedRoot)
            {
                // A root under 32 bytes is embedded nowhere, so it is stored under its hash like a large one.
                batch.Put(DbTable.TrieNodes, root.Bytes, small);
            }
        }

        _lastCommittedRoot = root;
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
        var top = root;
        while (top is ExtensionNode { HasReference: false } extension)
        {
            top = extension.Child;
        }

        if (top is BranchNode { HasReference: false } branch)
        {
            Parallel.For(0, 16, i =>
            {
                if (branch.Slots[i] is { } child)
                {
                    EnsureReference(child);
                }
            });
        }
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

    /// <summary>Writes the dirty nodes under <paramref name="node"/> that are stored by hash, and marks them clean.</summary>
    private static void Persist(TrieNode node, IWriteBatch batch)
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
                        Persist(child, batch);
                    }
                }

                break;
            case ExtensionNode extension:
                Persist(extension.Child, batch);
                break;
        }

        if (node.HasHash)
        {
            Write(node, batch);
        }

        node.IsDirty = false;
    }

    [SkipLocalsInit]
    private static void Write(TrieNode node, IWriteBatch batch)
    {
        var length = TrieNodeCodec.EncodedLength(node);
        byte[]? rented = null;
        var buffer = length <= StackBufferSize ? stackalloc byte[StackBufferSize] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var written = TrieNodeCodec.Encode(node, buffer);
        batch.Put(DbTable.TrieNodes, node.Hash.Bytes, buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
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
