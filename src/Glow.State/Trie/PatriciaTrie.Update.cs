namespace Glow.State.Trie;

/// <summary>
/// Insertion and deletion. Each returns the node that replaces the one it was given. Dirty nodes on the way are
/// changed in place (their cached reference cleared); clean nodes are copied first, as other tries and the node
/// cache may share them. So the same node comes back both when nothing changed and when it changed in place; see
/// <see cref="IsSame"/>.
/// </summary>
public sealed partial class PatriciaTrie
{
    /// <summary>
    /// True when <paramref name="after"/> is <paramref name="before"/> unchanged: the same object, still holding its
    /// reference. A node changed in place has lost its reference, and so must every node above it. (A node that
    /// had none yet is dirty, and so is its parent: going through the change path then costs nothing.)
    /// </summary>
    private static bool IsSame(TrieNode? before, TrieNode? after) =>
        ReferenceEquals(before, after) && (after is null || after.HasReference);

    private TrieNode Insert(TrieNode? node, in NibblePath key, int depth, ReadOnlyMemory<byte> value)
    {
        var result = InsertNode(node, key, depth, value);
        if (TrackNodes && node is not null && !ReferenceEquals(node, result))
        {
            Obsolete(node);
        }

        return result;
    }

    private TrieNode InsertNode(TrieNode? node, in NibblePath key, int depth, ReadOnlyMemory<byte> value)
    {
        switch (node)
        {
            case null:
                return new LeafNode(key.Slice(depth), value) { IsDirty = true };
            case HashNode hash:
                var resolved = Resolve(hash);
                var updated = Insert(resolved, key, depth, value);
                return IsSame(resolved, updated) ? hash : updated;
            case LeafNode leaf:
                return InsertIntoLeaf(leaf, key, depth, value);
            case ExtensionNode extension:
                return InsertIntoExtension(extension, key, depth, value);
            default:
                var branch = (BranchNode)node;
                if (depth == key.Length)
                {
                    if (branch.Value.Span.SequenceEqual(value.Span))
                    {
                        return branch;
                    }

                    var withValue = Writable(branch);
                    withValue.Value = value;
                    return withValue;
                }

                var index = key[depth];
                var child = branch.Child(index);
                var newChild = Insert(child, key, depth + 1, value);
                if (IsSame(child, newChild))
                {
                    return branch;
                }

                var writable = Writable(branch);
                writable.Slots[index] = newChild;
                return writable;
        }
    }

    private static TrieNode InsertIntoLeaf(LeafNode leaf, in NibblePath key, int depth, ReadOnlyMemory<byte> value)
    {
        var rest = key.Slice(depth);
        var common = leaf.Path.CommonPrefixLength(rest);
        if (common == leaf.Path.Length && common == rest.Length)
        {
            if (leaf.Value.Span.SequenceEqual(value.Span))
            {
                return leaf;
            }

            if (!leaf.IsDirty)
            {
                return new LeafNode(leaf.Path, value) { IsDirty = true };
            }

            leaf.ClearReference();
            leaf.Value = value;
            return leaf;
        }

        // The paths part after `common` nibbles: a branch there holds both (or one of them as its value).
        var branch = new BranchNode { IsDirty = true };
        if (common == leaf.Path.Length)
        {
            branch.Value = leaf.Value;
        }
        else
        {
            branch.Slots[leaf.Path[common]] = ShortenLeaf(leaf, common + 1);
        }

        if (common == rest.Length)
        {
            branch.Value = value;
        }
        else
        {
            branch.Slots[rest[common]] = new LeafNode(rest.Slice(common + 1), value) { IsDirty = true };
        }

        return common == 0 ? branch : new ExtensionNode(rest.Slice(0, common), branch) { IsDirty = true };
    }

    private TrieNode InsertIntoExtension(ExtensionNode extension, in NibblePath key, int depth, ReadOnlyMemory<byte> value)
    {
        var rest = key.Slice(depth);
        var path = extension.Path;
        var common = path.CommonPrefixLength(rest);
        if (common == path.Length)
        {
            var child = Insert(extension.Child, key, depth + common, value);
            if (IsSame(extension.Child, child))
            {
                return extension;
            }

            if (!extension.IsDirty)
            {
                return new ExtensionNode(path, child) { IsDirty = true };
            }

            extension.ClearReference();
            extension.Child = child;
            return extension;
        }

        // Split the extension after `common` nibbles; its remainder goes below a new branch.
        var branch = new BranchNode { IsDirty = true };
        var remainder = path.Length - common - 1;
        if (remainder == 0)
        {
            branch.Slots[path[common]] = extension.Child;
        }
        else if (extension.IsDirty)
        {
            extension.ClearReference();
            extension.Path = path.Slice(common + 1);
            branch.Slots[path[common]] = extension;
        }
        else
        {
            branch.Slots[path[common]] = new ExtensionNode(path.Slice(common + 1), extension.Child) { IsDirty = true };
        }

        if (common == rest.Length)
        {
            branch.Value = value;
        }
        else
        {
            branch.Slots[rest[common]] = new LeafNode(rest.Slice(common + 1), value) { IsDirty = true };
        }

        return common == 0 ? branch : new ExtensionNode(path.Slice(0, common), branch) { IsDirty = true };
    }

    private TrieNode? Remove(TrieNode? node, in NibblePath key, int depth)
    {
        var result = RemoveNode(node, key, depth);
        if (TrackNodes && node is not null && !ReferenceEquals(node, result))
        {
            Obsolete(node);
        }

        return result;
    }

    private TrieNode? RemoveNode(TrieNode? node, in NibblePath key, int depth)
    {
        switch (node)
        {
            case null:
                return null;
            case HashNode hash:
                var resolved = Resolve(hash);
                var updated = Remove(resolved, key, depth);
                return IsSame(resolved, updated) ? hash : updated;
            case LeafNode leaf:
                return leaf.Path.SameAs(key.Slice(depth)) ? null : leaf;
            case ExtensionNode extension:
                var path = extension.Path;
                if (path.Length > key.Length - depth || path.CommonPrefixLength(key.Slice(depth)) != path.Length)
                {
                    return extension;
                }

                var child = Remove(extension.Child, key, depth + path.Length);
                return IsSame(extension.Child, child) ? extension : JoinExtension(extension, child!);
            default:
                var branch = (BranchNode)node;
                if (depth == key.Length)
                {
                    if (branch.Value.IsEmpty)
                    {
                        return branch;
                    }

                    var withoutValue = Writable(branch);
                    withoutValue.Value = ReadOnlyMemory<byte>.Empty;
                    return Collapse(withoutValue);
                }

                var index = key[depth];
                var slot = branch.Child(index);
                var newChild = Remove(slot, key, depth + 1);
                if (IsSame(slot, newChild))
                {
                    return branch;
                }

                var writable = Writable(branch);
                writable.Slots[index] = newChild;
                return newChild is null ? Collapse(writable) : writable;
        }
    }

    /// <summary>
    /// A branch left with a single entry is no longer canonical: a lone value becomes a leaf with an empty path, and a
    /// lone child absorbs the branch's nibble (a leaf or extension lengthens its path; a branch gets an extension of
    /// one nibble above it).
    /// </summary>
    private TrieNode? Collapse(BranchNode branch)
    {
        var count = branch.ChildCount();
        var hasValue = !branch.Value.IsEmpty;
        if (count + (hasValue ? 1 : 0) >= 2)
        {
            return branch;
        }

        if (count == 0)
        {
            return hasValue ? new LeafNode(NibblePath.Empty, branch.Value) { IsDirty = true } : null;
        }

        var index = 0;
        while (branch.Slots[index] is null)
        {
            index++;
        }

        var slot = branch.Slots[index]!;
        var child = slot is HashNode hash ? Resolve(hash) : slot;
        if (TrackNodes && child is LeafNode or ExtensionNode)
        {
            // The child merges into a new node with a longer path: its stored form leaves the trie.
            Obsolete(child);
        }

        return child switch
        {
            LeafNode leaf => new LeafNode(NibblePath.Concat(index, leaf.Path), leaf.Value) { IsDirty = true },
            ExtensionNode extension => new ExtensionNode(NibblePath.Concat(index, extension.Path), extension.Child) { IsDirty = true },
            _ => new ExtensionNode(NibblePath.Concat(index, NibblePath.Empty), slot) { IsDirty = true },
        };
    }

    /// <summary>An extension whose child changed: a leaf or extension child merges into it (Appendix D has no extension above either).</summary>
    private static TrieNode JoinExtension(ExtensionNode extension, TrieNode child)
    {
        switch (child)
        {
            case LeafNode leaf:
                return new LeafNode(NibblePath.Concat(extension.Path, -1, leaf.Path), leaf.Value) { IsDirty = true };
            case ExtensionNode below:
                return new ExtensionNode(NibblePath.Concat(extension.Path, -1, below.Path), below.Child) { IsDirty = true };
            default:
                if (!extension.IsDirty)
                {
                    return new ExtensionNode(extension.Path, child) { IsDirty = true };
                }

                extension.ClearReference();
                extension.Child = child;
                return extension;
        }
    }

    private static LeafNode ShortenLeaf(LeafNode leaf, int cut)
    {
        if (!leaf.IsDirty)
        {
            return new LeafNode(leaf.Path.Slice(cut), leaf.Value) { IsDirty = true };
        }

        leaf.ClearReference();
        leaf.Path = leaf.Path.Slice(cut);
        return leaf;
    }

    private static BranchNode Writable(BranchNode branch)
    {
        if (!branch.IsDirty)
        {
            return branch.CloneDirty();
        }

        branch.ClearReference();
        return branch;
    }
}
