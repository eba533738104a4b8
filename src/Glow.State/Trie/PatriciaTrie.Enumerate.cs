namespace Glow.State.Trie;

/// <summary>Iteration in key order: a depth-first walk that visits a branch's value before its children, children by nibble.</summary>
public sealed partial class PatriciaTrie
{
    /// <summary>Every entry, in ascending unsigned byte-wise key order.</summary>
    /// <exception cref="InvalidOperationException">The trie was changed during the enumeration.</exception>
    public IEnumerable<KeyValuePair<byte[], byte[]>> Enumerate() => Enumerate([]);

    /// <summary>
    /// The entries whose key is at least <paramref name="startKey"/>, in ascending unsigned byte-wise key order.
    /// Subtrees entirely before the start are not visited (nor loaded).
    /// </summary>
    /// <exception cref="InvalidOperationException">The trie was changed during the enumeration.</exception>
    public IEnumerable<KeyValuePair<byte[], byte[]>> Enumerate(ReadOnlySpan<byte> startKey) => Walk(startKey.ToArray());

    private IEnumerable<KeyValuePair<byte[], byte[]>> Walk(byte[] start)
    {
        var version = _version;
        var startLength = start.Length * 2;
        var prefix = new byte[64];
        var stack = new Stack<Frame>();
        if (_root is not null)
        {
            stack.Push(new Frame(_root, 0, -1, Bounded: startLength > 0));
        }

        while (stack.Count > 0)
        {
            if (_version != version)
            {
                throw new InvalidOperationException("The trie changed during enumeration.");
            }

            var (node, depth, nibble, bounded) = stack.Pop();
            if (nibble >= 0)
            {
                prefix[depth - 1] = (byte)nibble;
            }

            if (node is HashNode hash)
            {
                node = Resolve(hash);
            }

            switch (node)
            {
                case LeafNode leaf:
                    var end = Append(ref prefix, depth, leaf.Path);
                    if (!bounded || Compare(prefix, end, start) >= 0)
                    {
                        yield return new(ToKey(prefix, end), leaf.Value.ToArray());
                    }

                    break;
                case ExtensionNode extension:
                    var below = Append(ref prefix, depth, extension.Path);
                    var state = bounded ? Bound(prefix, below, start) : Unbounded;
                    if (state != Before)
                    {
                        stack.Push(new Frame(extension.Child, below, -1, state == Within));
                    }

                    break;
                default:
                    var branch = (BranchNode)node;
                    var first = 0;
                    var firstBounded = false;
                    if (bounded && depth < startLength)
                    {
                        // The branch's own key (the prefix) is shorter than the start, so it comes before it.
                        first = NibblePath.At(start, depth);
                        firstBounded = true;
                    }
                    else if (!branch.Value.IsEmpty)
                    {
                        yield return new(ToKey(prefix, depth), branch.Value.ToArray());
                    }

                    EnsureCapacity(ref prefix, depth + 1);
                    for (var i = 15; i >= first; i--)
                    {
                        if (branch.Child(i) is { } child)
                        {
                            stack.Push(new Frame(child, depth + 1, i, firstBounded && i == first));
                        }
                    }

                    break;
            }
        }
    }

    private const int Before = -1;
    private const int Within = 0;
    private const int Unbounded = 1;

    /// <summary>
    /// Where the subtree under the nibbles <c>prefix[..length]</c> lies relative to <paramref name="start"/>: wholly
    /// before it, wholly at or after it, or straddling it (its keys start with the start's first nibbles).
    /// </summary>
    private static int Bound(byte[] prefix, int length, byte[] start)
    {
        var startLength = start.Length * 2;
        var common = Math.Min(length, startLength);
        for (var i = 0; i < common; i++)
        {
            var difference = prefix[i] - NibblePath.At(start, i);
            if (difference != 0)
            {
                return difference < 0 ? Before : Unbounded;
            }
        }

        return startLength <= length ? Unbounded : Within;
    }

    /// <summary>Compares the key whose nibbles are <c>prefix[..length]</c> with <paramref name="start"/>.</summary>
    private static int Compare(byte[] prefix, int length, byte[] start)
    {
        var startLength = start.Length * 2;
        var common = Math.Min(length, startLength);
        for (var i = 0; i < common; i++)
        {
            var difference = prefix[i] - NibblePath.At(start, i);
            if (difference != 0)
            {
                return difference;
            }
        }

        return length - startLength;
    }

    private static int Append(ref byte[] prefix, int depth, in NibblePath path)
    {
        var end = depth + path.Length;
        EnsureCapacity(ref prefix, end);
        for (var i = 0; i < path.Length; i++)
        {
            prefix[depth + i] = (byte)path[i];
        }

        return end;
    }

    private static void EnsureCapacity(ref byte[] prefix, int length)
    {
        if (prefix.Length < length)
        {
            Array.Resize(ref prefix, Math.Max(length, prefix.Length * 2));
        }
    }

    private static byte[] ToKey(byte[] nibbles, int length)
    {
        var key = new byte[length / 2];
        for (var i = 0; i < key.Length; i++)
        {
            key[i] = (byte)((nibbles[2 * i] << 4) | nibbles[(2 * i) + 1]);
        }

        return key;
    }

    private readonly record struct Frame(TrieNode Node, int Depth, int Nibble, bool Bounded);
}
