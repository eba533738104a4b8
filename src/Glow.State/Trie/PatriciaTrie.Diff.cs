using Glow.Core;
using Glow.Core.Crypto;

namespace Glow.State.Trie;

/// <summary>
/// The difference of two stored tries, found by walking both together: where both hold the same stored node at the
/// same position the whole subtree is skipped unread, so the cost follows the size of the difference, not of the tries.
/// </summary>
public sealed partial class PatriciaTrie
{
    /// <summary>
    /// Reports to <paramref name="visitor"/> every key whose value differs between the tries under
    /// <paramref name="from"/> and <paramref name="to"/>, and every stored node the walk loads on either side (the
    /// nodes at positions where the tries differ; identical subtrees are neither loaded nor reported). Keys come in no
    /// particular order.
    /// </summary>
    /// <exception cref="TrieException">A node is missing from the store or invalid.</exception>
    internal static void Diff(TrieNodeStore store, in Hash256 from, in Hash256 to, ITrieDifferenceVisitor visitor)
    {
        if (from == to)
        {
            return;
        }

        var walk = new DiffWalk(store, visitor);
        walk.Compare(Side.Of(from), Side.Of(to), 0);
    }

    /// <summary>
    /// One side of the walk at some depth: nothing, a node, or the rest of a leaf or extension after
    /// <see cref="Skip"/> of its nibbles (the walk splits such nodes one nibble at a time, as if they were branches
    /// with one child, so both sides always line up by depth).
    /// </summary>
    private readonly record struct Side(TrieNode? Node, int Skip)
    {
        public static Side Of(in Hash256 root) => new(root == Keccak256.OfEmptyString ? null : new HashNode(root), 0);

        /// <summary>True when the node starts here, whole, and is referenced by hash: equal hashes mean equal subtrees.</summary>
        public bool IsWholeHashed => Skip == 0 && Node is { HasHash: true };
    }

    private sealed class DiffWalk(TrieNodeStore store, ITrieDifferenceVisitor visitor)
    {
        private byte[] _prefix = new byte[64];

        public void Compare(Side a, Side b, int depth)
        {
            if (a.IsWholeHashed && b.IsWholeHashed && a.Node!.Hash == b.Node!.Hash)
            {
                return;
            }

            a = Load(a, inFrom: true);
            b = Load(b, inFrom: false);
            if (a.Node is null && b.Node is null)
            {
                return;
            }

            if (a.Node is LeafNode leafA && b.Node is LeafNode leafB)
            {
                CompareLeaves(leafA, a.Skip, leafB, b.Skip, depth);
                return;
            }

            if (a.Node is null && b.Node is LeafNode onlyB)
            {
                Report(onlyB, b.Skip, depth, inFrom: false);
                return;
            }

            if (b.Node is null && a.Node is LeafNode onlyA)
            {
                Report(onlyA, a.Skip, depth, inFrom: true);
                return;
            }

            var valueA = ValueHere(a);
            var valueB = ValueHere(b);
            if (!valueA.Span.SequenceEqual(valueB.Span))
            {
                visitor.Changed(Key(depth), valueA, valueB);
            }

            EnsureCapacity(ref _prefix, depth + 1);
            for (var nibble = 0; nibble < 16; nibble++)
            {
                var childA = ChildAt(a, nibble);
                var childB = ChildAt(b, nibble);
                if (childA.Node is null && childB.Node is null)
                {
                    continue;
                }

                _prefix[depth] = (byte)nibble;
                Compare(childA, childB, depth + 1);
            }
        }

        private Side Load(Side side, bool inFrom)
        {
            if (side.Node is HashNode hash)
            {
                visitor.Node(hash.Hash, inFrom);
                return new Side(store.Load(hash.Hash), 0);
            }

            return side;
        }

        private void CompareLeaves(LeafNode a, int skipA, LeafNode b, int skipB, int depth)
        {
            var restA = a.Path.Slice(skipA);
            var restB = b.Path.Slice(skipB);
            if (restA.SameAs(restB))
            {
                if (!a.Value.Span.SequenceEqual(b.Value.Span))
                {
                    var end = Append(ref _prefix, depth, restA);
                    visitor.Changed(Key(end), a.Value, b.Value);
                }

                return;
            }

            Report(a, skipA, depth, inFrom: true);
            Report(b, skipB, depth, inFrom: false);
        }

        /// <summary>A leaf present on one side only.</summary>
        private void Report(LeafNode leaf, int skip, int depth, bool inFrom)
        {
            var end = Append(ref _prefix, depth, leaf.Path.Slice(skip));
            var key = Key(end);
            if (inFrom)
            {
                visitor.Changed(key, leaf.Value, ReadOnlyMemory<byte>.Empty);
            }
            else
            {
                visitor.Changed(key, ReadOnlyMemory<byte>.Empty, leaf.Value);
            }
        }

        /// <summary>The value of the key that ends at this depth on <paramref name="side"/> (branches, or leaves with no nibble left).</summary>
        private static ReadOnlyMemory<byte> ValueHere(Side side) => side.Node switch
        {
            BranchNode branch => branch.Value,
            LeafNode leaf when leaf.Path.Length == side.Skip => leaf.Value,
            _ => ReadOnlyMemory<byte>.Empty,
        };

        private static Side ChildAt(Side side, int nibble)
        {
            switch (side.Node)
            {
                case BranchNode branch:
                    return new Side(branch.Child(nibble), 0);
                case LeafNode leaf when leaf.Path.Length > side.Skip && leaf.Path[side.Skip] == nibble:
                    return side with { Skip = side.Skip + 1 };
                case ExtensionNode extension when extension.Path[side.Skip] == nibble:
                    return side.Skip + 1 == extension.Path.Length
                        ? new Side(extension.Child, 0)
                        : side with { Skip = side.Skip + 1 };
                default:
                    return default;
            }
        }

        private ReadOnlySpan<byte> Key(int nibbles) => ToKey(_prefix, nibbles);
    }
}
