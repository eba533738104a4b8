namespace Glow.State.Trie;

/// <summary>Merkle proofs (EIP-1186, <c>eth_getProof</c>): the nodes on the path of a key.</summary>
public sealed partial class PatriciaTrie
{
    /// <summary>
    /// The proof for <paramref name="key"/>: the RLP of every node on its path that is referenced by hash, from the
    /// root down, in the form <c>eth_getProof</c> returns (embedded nodes travel inside their parent). It proves the
    /// value when the key is present and its absence otherwise; check it with <see cref="TrieProof.Verify"/>. The
    /// proof of an empty trie is empty.
    /// </summary>
    /// <exception cref="TrieException">A node on the path is missing from the store.</exception>
    public IReadOnlyList<byte[]> GetProof(ReadOnlySpan<byte> key)
    {
        ComputeRootHash();
        var proof = new List<byte[]>();
        var node = _root;
        var depth = 0;
        var total = key.Length * 2;
        var isRoot = true;
        while (node is not null)
        {
            if (node is HashNode hash)
            {
                node = Resolve(hash);
            }

            if (isRoot || node.HasHash)
            {
                proof.Add(EncodeToArray(node));
            }

            isRoot = false;
            switch (node)
            {
                case ExtensionNode extension:
                    var length = extension.Path.Length;
                    var follows = length <= total - depth && extension.Path.CommonPrefixLength(key, depth) == length;
                    node = follows ? extension.Child : null;
                    depth += length;
                    break;
                case BranchNode branch when depth < total:
                    node = branch.Child(NibblePath.At(key, depth++));
                    break;
                default:
                    node = null;
                    break;
            }
        }

        return proof;
    }
}
