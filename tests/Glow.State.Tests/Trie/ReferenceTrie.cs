using Glow.Core;
using Glow.Core.Crypto;

namespace Glow.State.Tests.Trie;

/// <summary>
/// The trie root computed straight from the yellow paper's definition (Appendix D, functions TRIE, n and c) over a
/// sorted map, recursively and without any node objects, with its own tiny RLP encoder. Slow and independent of the
/// production code: the oracle of the property tests.
/// </summary>
internal static class ReferenceTrie
{
    public static Hash256 Root(SortedDictionary<byte[], byte[]> entries)
    {
        var items = entries.Select(e => (Nibbles: ToNibbles(e.Key), e.Value)).ToList();
        return Keccak256.Compute(items.Count == 0 ? EncodeString([]) : Compose(items, 0));
    }

    /// <summary>c(I, i): the RLP of the node for the entries <paramref name="items"/>, whose keys agree up to nibble <paramref name="i"/>.</summary>
    private static byte[] Compose(List<(byte[] Nibbles, byte[] Value)> items, int i)
    {
        if (items.Count == 1)
        {
            var (nibbles, value) = items[0];
            return EncodeList([EncodeString(HexPrefix(nibbles[i..], leaf: true)), EncodeString(value)]);
        }

        var j = i;
        while (items.All(item => item.Nibbles.Length > j && item.Nibbles[j] == items[0].Nibbles[j]))
        {
            j++;
        }

        if (j > i)
        {
            return EncodeList([EncodeString(HexPrefix(items[0].Nibbles[i..j], leaf: false)), Reference(items, j)]);
        }

        var parts = new List<byte[]>();
        for (var nibble = 0; nibble < 16; nibble++)
        {
            var group = items.Where(item => item.Nibbles.Length > i && item.Nibbles[i] == nibble).ToList();
            parts.Add(group.Count == 0 ? EncodeString([]) : Reference(group, i + 1));
        }

        var ending = items.Where(item => item.Nibbles.Length == i).Select(item => item.Value).FirstOrDefault();
        parts.Add(EncodeString(ending ?? []));
        return EncodeList(parts);
    }

    /// <summary>n(I, i): the node's RLP when shorter than 32 bytes (embedded), else the RLP of its hash.</summary>
    private static byte[] Reference(List<(byte[] Nibbles, byte[] Value)> items, int i)
    {
        var rlp = Compose(items, i);
        return rlp.Length < 32 ? rlp : EncodeString(Keccak256.ComputeBytes(rlp));
    }

    private static byte[] HexPrefix(byte[] nibbles, bool leaf)
    {
        var flag = (leaf ? 2 : 0) + (nibbles.Length % 2);
        var all = nibbles.Length % 2 == 1 ? [(byte)flag, .. nibbles] : new byte[] { (byte)flag, 0 }.Concat(nibbles).ToArray();
        var result = new byte[all.Length / 2];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = (byte)((all[2 * k] << 4) | all[(2 * k) + 1]);
        }

        return result;
    }

    private static byte[] ToNibbles(byte[] key) => key.SelectMany(b => new[] { (byte)(b >> 4), (byte)(b & 15) }).ToArray();

    private static byte[] EncodeString(byte[] bytes) =>
        bytes.Length == 1 && bytes[0] < 0x80 ? bytes : [.. Header(0x80, bytes.Length), .. bytes];

    private static byte[] EncodeList(List<byte[]> items)
    {
        var content = items.SelectMany(x => x).ToArray();
        return [.. Header(0xc0, content.Length), .. content];
    }

    private static byte[] Header(int baseByte, int length)
    {
        if (length < 56)
        {
            return [(byte)(baseByte + length)];
        }

        var be = BitConverter.GetBytes(length).Reverse().SkipWhile(b => b == 0).ToArray();
        return [(byte)(baseByte + 55 + be.Length), .. be];
    }
}
