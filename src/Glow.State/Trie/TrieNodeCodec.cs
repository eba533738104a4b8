using System.Buffers.Binary;
using Glow.Core;
using Glow.Core.Rlp;

namespace Glow.State.Trie;

/// <summary>
/// RLP of trie nodes (yellow paper, Appendix D, function c): a leaf or extension is the list
/// [HP(path), value-or-child], a branch the list of 16 child references and the value. A child reference is the
/// empty string when absent, the child's 32-byte hash, or the child's own RLP when that is shorter than 32 bytes.
/// </summary>
internal static class TrieNodeCodec
{
    /// <summary>Encoded size of a branch holding 16 hashes and no value: 3 + 16 * 33 + 1.</summary>
    public const int MaxBranchWithoutValue = 532;

    private const byte ShortString = 0x80;
    private const byte ShortList = 0xc0;
    private const int MaxShort = 55;

    /// <summary>The encoded size of <paramref name="node"/>; every child must have its reference.</summary>
    public static int EncodedLength(TrieNode node) => ItemLength(ContentLength(node));

    /// <summary>Writes the RLP of <paramref name="node"/> (children must have their references) and returns its length.</summary>
    public static int Encode(TrieNode node, Span<byte> destination)
    {
        var pos = WriteHeader(destination, 0, ShortList, ContentLength(node));
        switch (node)
        {
            case LeafNode leaf:
                pos = WriteHexPrefix(destination, pos, leaf.Path, isLeaf: true);
                pos = WriteString(destination, pos, leaf.Value.Span);
                break;
            case ExtensionNode extension:
                pos = WriteHexPrefix(destination, pos, extension.Path, isLeaf: false);
                pos = WriteReference(destination, pos, extension.Child);
                break;
            case BranchNode branch:
                for (var i = 0; i < 16; i++)
                {
                    pos = WriteReference(destination, pos, branch.Child(i));
                }

                pos = WriteString(destination, pos, branch.Value.Span);
                break;
            default:
                throw new InvalidOperationException("A hash node has no encoding of its own.");
        }

        return pos;
    }

    /// <summary>
    /// Decodes the node whose RLP is <paramref name="length"/> bytes of <paramref name="source"/> from
    /// <paramref name="offset"/>. Paths and values stay slices of <paramref name="source"/>, which must never change
    /// afterwards. Embedded children are decoded too; hashed children become <see cref="HashNode"/>s. The node is
    /// clean and has no reference set (the caller knows it).
    /// </summary>
    /// <exception cref="TrieException">The bytes are not a canonical node.</exception>
    /// <exception cref="RlpException">The bytes are not canonical RLP.</exception>
    public static TrieNode Decode(byte[] source, int offset, int length)
    {
        var outer = new RlpReader(source.AsSpan(offset, length));
        var list = outer.ReadList();
        outer.EnsureAtEnd();

        var probe = list;
        var count = 0;
        while (!probe.IsAtEnd && count < 17)
        {
            probe.SkipItem();
            count++;
        }

        if (count == 17 && probe.IsAtEnd)
        {
            var branch = new BranchNode();
            var children = 0;
            var hashed = 0;
            for (var i = 0; i < 16; i++)
            {
                var ahead = list;
                if (!ahead.PeekIsList() && ahead.ReadBytes().Length == Hash256.Size)
                {
                    // A hashed child stays in the RLP until needed (BranchNode.Child).
                    list = ahead;
                    hashed |= 1 << i;
                    children++;
                    continue;
                }

                var child = ReadReference(ref list, source);
                branch.Slots[i] = child;
                children += child is null ? 0 : 1;
            }

            branch.KeepStoredChildren(source, offset, hashed);
            var value = list.ReadBytes();
            branch.Value = Slice(source, value);
            if (children + (value.IsEmpty ? 0 : 1) < 2)
            {
                throw TrieException.Corrupt("a branch with fewer than two entries");
            }

            return branch;
        }

        if (count != 2 || !probe.IsAtEnd)
        {
            throw TrieException.Corrupt("a list of neither 2 nor 17 items");
        }

        var hp = list.ReadBytes();
        if (hp.IsEmpty)
        {
            throw TrieException.Corrupt("an empty hex-prefix path");
        }

        var flag = hp[0] >> 4;
        var odd = flag & 1;
        if (flag > 3 || (odd == 0 && (hp[0] & 0x0f) != 0))
        {
            throw TrieException.Corrupt($"hex-prefix flag byte 0x{hp[0]:x2}");
        }

        source.AsSpan().Overlaps(hp, out var hpOffset);
        var path = new NibblePath(source, (hpOffset * 2) + (odd == 1 ? 1 : 2), ((hp.Length - 1) * 2) + odd);
        if (flag >= 2)
        {
            var value = list.ReadBytes();
            if (value.IsEmpty)
            {
                throw TrieException.Corrupt("a leaf with an empty value");
            }

            return new LeafNode(path, Slice(source, value));
        }

        if (path.Length == 0)
        {
            throw TrieException.Corrupt("an extension with an empty path");
        }

        var next = ReadReference(ref list, source) ?? throw TrieException.Corrupt("an extension without a child");
        if (next is not BranchNode and not HashNode)
        {
            throw TrieException.Corrupt("an extension whose child is not a branch");
        }

        return new ExtensionNode(path, next);
    }

    private static TrieNode? ReadReference(ref RlpReader list, byte[] source)
    {
        if (list.PeekIsList())
        {
            var encoded = list.ReadEncodedItem();
            if (encoded.Length >= Hash256.Size)
            {
                throw TrieException.Corrupt("an embedded child of 32 bytes or more");
            }

            source.AsSpan().Overlaps(encoded, out var offset);
            var child = Decode(source, offset, encoded.Length);
            child.Embedded = encoded.ToArray();
            return child;
        }

        var bytes = list.ReadBytes();
        return bytes.Length switch
        {
            0 => null,
            Hash256.Size => new HashNode(new Hash256(bytes)),
            _ => throw TrieException.Corrupt($"a child reference of {bytes.Length} bytes"),
        };
    }

    private static ReadOnlyMemory<byte> Slice(byte[] source, ReadOnlySpan<byte> part)
    {
        if (part.IsEmpty)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        source.AsSpan().Overlaps(part, out var offset);
        return new ReadOnlyMemory<byte>(source, offset, part.Length);
    }

    private static int ContentLength(TrieNode node)
    {
        switch (node)
        {
            case LeafNode leaf:
                return HexPrefixItemLength(leaf.Path) + RlpEncoding.LengthOf(leaf.Value.Span);
            case ExtensionNode extension:
                return HexPrefixItemLength(extension.Path) + ReferenceLength(extension.Child);
            case BranchNode branch:
                var length = RlpEncoding.LengthOf(branch.Value.Span);
                for (var i = 0; i < 16; i++)
                {
                    length += ReferenceLength(branch.Child(i));
                }

                return length;
            default:
                throw new InvalidOperationException("A hash node has no encoding of its own.");
        }
    }

    /// <summary>An HP of one byte is below 0x80 (its flag nibble is at most 3), so it is its own encoding.</summary>
    private static int HexPrefixItemLength(in NibblePath path)
    {
        var length = path.HexPrefixLength;
        return length == 1 ? 1 : ItemLength(length);
    }

    private static int ReferenceLength(TrieNode? child) =>
        child is null ? 1 : child.HasHash ? 1 + Hash256.Size : child.Embedded!.Length;

    /// <summary>Header plus payload; strings and lists have the same header sizes.</summary>
    private static int ItemLength(int payload) => RlpEncoding.LengthOfList(payload);

    private static int WriteHeader(Span<byte> destination, int pos, byte shortBase, int length)
    {
        if (length <= MaxShort)
        {
            destination[pos] = (byte)(shortBase + length);
            return pos + 1;
        }

        Span<byte> be = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(be, (uint)length);
        var skip = be.IndexOfAnyExcept((byte)0);
        destination[pos] = (byte)(shortBase + MaxShort + (4 - skip));
        be[skip..].CopyTo(destination[(pos + 1)..]);
        return pos + 1 + 4 - skip;
    }

    private static int WriteString(Span<byte> destination, int pos, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 1 && bytes[0] < ShortString)
        {
            destination[pos] = bytes[0];
            return pos + 1;
        }

        pos = WriteHeader(destination, pos, ShortString, bytes.Length);
        bytes.CopyTo(destination[pos..]);
        return pos + bytes.Length;
    }

    private static int WriteHexPrefix(Span<byte> destination, int pos, in NibblePath path, bool isLeaf)
    {
        var length = path.HexPrefixLength;
        if (length > 1)
        {
            pos = WriteHeader(destination, pos, ShortString, length);
        }

        return pos + path.WriteHexPrefix(destination[pos..], isLeaf);
    }

    private static int WriteReference(Span<byte> destination, int pos, TrieNode? child)
    {
        if (child is null)
        {
            destination[pos] = ShortString;
            return pos + 1;
        }

        if (child.HasHash)
        {
            destination[pos] = ShortString + Hash256.Size;
            child.Hash.CopyTo(destination[(pos + 1)..]);
            return pos + 1 + Hash256.Size;
        }

        var embedded = child.Embedded!;
        embedded.CopyTo(destination[pos..]);
        return pos + embedded.Length;
    }
}
