using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Rlp;

namespace Glow.State.Trie;

/// <summary>Checks Merkle proofs of <see cref="PatriciaTrie"/> keys (EIP-1186) against a root hash, without any store.</summary>
public static class TrieProof
{
    /// <summary>
    /// Follows <paramref name="key"/> from <paramref name="root"/> through <paramref name="proof"/> (node RLPs in path
    /// order, as <see cref="PatriciaTrie.GetProof"/> and <c>eth_getProof</c> give them). Each node must hash to the
    /// reference its parent holds, the first to <paramref name="root"/>; the walk must end in the last node.
    /// </summary>
    /// <returns>
    /// <c>Valid</c> false when the proof does not prove anything about the key under this root (a node is missing,
    /// altered, superfluous or malformed). Otherwise <c>Value</c> is the value stored under the key, or null when
    /// the proof shows that the key is absent.
    /// </returns>
    public static (bool Valid, byte[]? Value) Verify(in Hash256 root, ReadOnlySpan<byte> key, IReadOnlyList<byte[]> proof)
    {
        if (root == Keccak256.OfEmptyString && proof.Count == 0)
        {
            return (true, null);
        }

        try
        {
            return Walk(root, key, proof);
        }
        catch (RlpException)
        {
            return (false, null);
        }
        catch (TrieException)
        {
            return (false, null);
        }
    }

    private static (bool Valid, byte[]? Value) Walk(Hash256 expected, ReadOnlySpan<byte> key, IReadOnlyList<byte[]> proof)
    {
        var depth = 0;
        for (var index = 0; index < proof.Count; index++)
        {
            var rlp = proof[index];
            if (Keccak256.Compute(rlp) != expected)
            {
                return (false, null);
            }

            var last = index == proof.Count - 1;
            if (rlp.Length == 1 && rlp[0] == RlpEncoding.EmptyString)
            {
                // The empty trie's root node: nothing is stored.
                return (last, null);
            }

            var node = TrieNodeCodec.Decode(rlp, 0, rlp.Length);
            if (!Descend(node, key, ref depth, out expected, out var value))
            {
                // The walk ended inside this node: it must be the last one.
                return last ? (true, value) : (false, null);
            }
        }

        // The path leads to a node the proof does not hold.
        return (false, null);
    }

    /// <summary>
    /// Follows the key through <paramref name="node"/> and its embedded children. Returns true with
    /// <paramref name="next"/> when the path continues in a node referenced by hash; false when it ends here, with
    /// the value found or null for absence.
    /// </summary>
    private static bool Descend(TrieNode? node, ReadOnlySpan<byte> key, ref int depth, out Hash256 next, out byte[]? value)
    {
        var total = key.Length * 2;
        next = default;
        value = null;
        while (true)
        {
            switch (node)
            {
                case null:
                    return false;
                case HashNode hash:
                    next = hash.Hash;
                    return true;
                case LeafNode leaf:
                    value = leaf.Path.EqualsKeyTail(key, depth) ? leaf.Value.ToArray() : null;
                    return false;
                case ExtensionNode extension:
                    var length = extension.Path.Length;
                    if (length > total - depth || extension.Path.CommonPrefixLength(key, depth) != length)
                    {
                        return false;
                    }

                    depth += length;
                    node = extension.Child;
                    break;
                default:
                    var branch = (BranchNode)node;
                    if (depth == total)
                    {
                        value = branch.Value.IsEmpty ? null : branch.Value.ToArray();
                        return false;
                    }

                    node = branch.Child(NibblePath.At(key, depth++));
                    break;
            }
        }
    }
}
