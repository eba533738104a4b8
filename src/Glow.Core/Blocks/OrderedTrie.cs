using Glow.Core.Crypto;
using Glow.Core.Rlp;

namespace Glow.Core.Blocks;

/// <summary>
/// The root of a Merkle Patricia trie holding a list, keyed by the RLP of each item's index (yellow paper §4.3,
/// appendix D): the transactions, receipts and withdrawals roots of a header. Built in memory from the sorted keys,
/// without a database, so that block execution can check these roots with nothing but Core.
/// </summary>
/// <remarks>
/// A node whose encoding is shorter than 32 bytes is embedded in its parent; a longer one is referenced by its
/// Keccak-256. The root is always hashed. Allocates per call; meant for one block's lists, not for hot loops.
/// </remarks>
public static class OrderedTrie
{
    /// <summary>The root of the trie mapping <c>rlp(i)</c> to <paramref name="values"/>[i]; the empty trie's root for an empty list.</summary>
    public static Hash256 RootOf(IReadOnlyList<byte[]> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return Keccak256.OfEmptyString;
        }

        var entries = new Entry[values.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new Entry(ToNibbles(RlpEncoding.EncodeUInt64((ulong)i)), values[i]);
        }

        // Sorting the nibble paths in byte order lays the trie out left to right: every subtree is a contiguous range.
        Array.Sort(entries, static (a, b) => a.Path.AsSpan().SequenceCompareTo(b.Path));
        return Keccak256.Compute(EncodeNode(entries, 0, entries.Length, 0));
    }

    /// <summary>The root of the trie of <paramref name="items"/>, each stored as <paramref name="encode"/> gives it.</summary>
    public static Hash256 RootOf<T>(IReadOnlyList<T> items, Func<T, byte[]> encode)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(encode);
        var values = new byte[items.Count][];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = encode(items[i]);
        }

        return RootOf(values);
    }

    /// <summary>The RLP of the node holding entries [<paramref name="from"/>, <paramref name="to"/>), whose paths agree on their first <paramref name="depth"/> nibbles.</summary>
    private static byte[] EncodeNode(Entry[] entries, int from, int to, int depth)
    {
        var first = entries[from].Path;
        if (to - from == 1)
        {
            return new RlpBuilder(first.Length + entries[from].Value.Length + 8)
                .StartList()
                .AddBytes(CompactPath(first.AsSpan(depth), isLeaf: true))
                .AddBytes(entries[from].Value)
                .EndList()
                .ToArray();
        }

        // Sorted paths: the prefix shared by the first and the last is shared by all.
        var last = entries[to - 1].Path;
        var shared = depth;
        while (shared < first.Length && shared < last.Length && first[shared] == last[shared])
        {
            shared++;
        }

        var builder = new RlpBuilder(64);
        if (shared > depth)
        {
            builder.StartList().AddBytes(CompactPath(first.AsSpan(depth, shared - depth), isLeaf: false));
            AddReference(builder, EncodeNode(entries, from, to, shared));
            return builder.EndList().ToArray();
        }

        builder.StartList();
        var index = from;
        byte[]? value = null;
        if (first.Length == depth)
        {
            // A path that ends here sorts first and becomes the branch's value.
            value = entries[index].Value;
            index++;
        }

        for (byte nibble = 0; nibble < 16; nibble++)
        {
            var end = index;
            while (end < to && entries[end].Path[depth] == nibble)
            {
                end++;
            }

            if (end == index)
            {
                builder.AddBytes([]);
            }
            else
            {
                AddReference(builder, EncodeNode(entries, index, end, depth + 1));
            }

            index = end;
        }

        builder.AddBytes(value ?? []);
        return builder.EndList().ToArray();
    }

    /// <summary>Embeds a child shorter than 32 bytes; references a longer one by its hash.</summary>
    private static void AddReference(RlpBuilder builder, byte[] child)
    {
        if (child.Length < Hash256.Size)
        {
            builder.AddEncoded(child);
        }
        else
        {
            builder.AddBytes(Keccak256.Compute(child).Bytes);
        }
    }

    /// <summary>Hex-prefix encoding (yellow paper appendix C): a flag nibble (leaf, odd length), then the nibbles packed in bytes.</summary>
    private static byte[] CompactPath(ReadOnlySpan<byte> nibbles, bool isLeaf)
    {
        var odd = nibbles.Length % 2 == 1;
        var result = new byte[(nibbles.Length / 2) + 1];
        var flag = (isLeaf ? 2 : 0) + (odd ? 1 : 0);
        result[0] = (byte)(flag << 4);
        var next = 0;
        if (odd)
        {
            result[0] |= nibbles[0];
            next = 1;
        }

        for (var i = 1; next < nibbles.Length; i++, next += 2)
        {
            result[i] = (byte)((nibbles[next] << 4) | nibbles[next + 1]);
        }

        return result;
    }

    private static byte[] ToNibbles(ReadOnlySpan<byte> key)
    {
        var nibbles = new byte[key.Length * 2];
        for (var i = 0; i < key.Length; i++)
        {
            nibbles[2 * i] = (byte)(key[i] >> 4);
            nibbles[(2 * i) + 1] = (byte)(key[i] & 0x0f);
        }

        return nibbles;
    }

    private readonly record struct Entry(byte[] Path, byte[] Value);
}
