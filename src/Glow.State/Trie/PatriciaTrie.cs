using Glow.Core;
using Glow.Core.Crypto;

namespace Glow.State.Trie;

/// <summary>
/// The Merkle Patricia trie of the yellow paper (Appendix D): a map from byte-string keys to non-empty byte-string
/// values whose root hash commits to the whole content. Nodes load lazily from a <see cref="TrieNodeStore"/>, so a
/// trie opened at any stored root is readable; changes stay in memory until <see cref="Commit"/> hashes each new
/// node once and writes it into a batch.
/// </summary>
/// <remarks>
/// <para>Keys are used as given; <see cref="SecureTrie"/> hashes them first, as the state and storage tries do.</para>
/// <para>Not thread-safe: <see cref="Get"/>, <see cref="TryGet"/> and <see cref="Enumerate()"/> may run on several
/// threads at once while no thread changes the trie; everything else (<see cref="RootHash"/>, <see cref="GetProof"/>
/// and <see cref="Commit"/> included, as they hash pending changes) needs the trie to itself. Large
/// <see cref="SetMany"/> calls and commits use both cores internally.</para>
/// <para>After <see cref="Commit"/> the trie keeps its nodes in memory and stays usable. Until the batch itself is
/// committed, the new nodes exist only in this object: open another trie at the new root only afterwards.</para>
/// </remarks>
public sealed partial class PatriciaTrie
{
    private readonly TrieNodeStore? _store;
    private TrieNode? _root;
    private int _version;
    private int _changesSinceHash;
    private int _changesSinceCommit;
    private Hash256 _lastCommittedRoot;

    /// <summary>An empty trie held only in memory (it can still be committed into a batch).</summary>
    public PatriciaTrie()
    {
        _lastCommittedRoot = Keccak256.OfEmptyString;
    }

    /// <summary>An empty trie over <paramref name="store"/>.</summary>
    public PatriciaTrie(TrieNodeStore store)
        : this(store, Keccak256.OfEmptyString)
    {
    }

    /// <summary>
    /// The trie whose root hash is <paramref name="root"/>, read lazily from <paramref name="store"/>: nothing is
    /// loaded until a node is needed, and a missing node is reported then, as a <see cref="TrieException"/>.
    /// </summary>
    public PatriciaTrie(TrieNodeStore store, in Hash256 root)
    {
        _store = store;
        _root = root == Keccak256.OfEmptyString ? null : new HashNode(root);
        _lastCommittedRoot = root;
    }

    /// <summary>
    /// The root hash: Keccak-256 of the root node's RLP, <see cref="Keccak256.OfEmptyString"/> when empty. Computing
    /// it hashes the nodes changed since the last time, each once.
    /// </summary>
    public Hash256 RootHash => ComputeRootHash();

    /// <summary>True when the trie holds no key.</summary>
    public bool IsEmpty => _root is null;

    /// <summary>Changes with every modification; enumerators use it to detect changes under them.</summary>
    internal int Version => _version;

    /// <summary>The value stored under <paramref name="key"/>, as a new array; null when there is none.</summary>
    /// <exception cref="TrieException">A node on the way is missing from the store or invalid.</exception>
    public byte[]? Get(ReadOnlySpan<byte> key) => TryGet(key, out var value) ? value.ToArray() : null;

    /// <summary>
    /// Looks up <paramref name="key"/> without copying: <paramref name="value"/> is a read-only view of the stored
    /// bytes (valid for as long as the caller holds it; the trie never changes stored bytes).
    /// </summary>
    /// <returns>True when a value is stored under the key.</returns>
    /// <exception cref="TrieException">A node on the way is missing from the store or invalid.</exception>
    public bool TryGet(ReadOnlySpan<byte> key, out ReadOnlyMemory<byte> value)
    {
        var node = _root;
        var depth = 0;
        var total = key.Length * 2;
        while (true)
        {
            switch (node)
            {
                case null:
                    value = default;
                    return false;
                case HashNode hash:
                    node = Resolve(hash);
                    break;
                case LeafNode leaf:
                    if (leaf.Path.EqualsKeyTail(key, depth))
                    {
                        value = leaf.Value;
                        return true;
                    }

                    value = default;
                    return false;
                case ExtensionNode extension:
                    var length = extension.Path.Length;
                    if (length > total - depth || extension.Path.CommonPrefixLength(key, depth) != length)
                    {
                        value = default;
                        return false;
                    }

                    depth += length;
                    node = extension.Child;
                    break;
                default:
                    var branch = (BranchNode)node;
                    if (depth == total)
                    {
                        value = branch.Value;
                        return !value.IsEmpty;
                    }

                    var nibble = NibblePath.At(key, depth++);
                    node = branch.TryGetStoredChild(nibble, out var childHash) ? Resolve(childHash) : branch.Slots[nibble];
                    break;
            }
        }
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>; an empty value deletes the key (Appendix D: no key maps to the empty value).</summary>
    /// <exception cref="TrieException">A node on the way is missing from the store or invalid.</exception>
    public void Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            Delete(key);
            return;
        }

        // One array holds the key (the new leaf's path) and the value.
        var data = new byte[key.Length + value.Length];
        key.CopyTo(data);
        value.CopyTo(data.AsSpan(key.Length));
        SetOwned(new NibblePath(data, 0, key.Length * 2), new ReadOnlyMemory<byte>(data, key.Length, value.Length));
    }

    /// <summary>Removes <paramref name="key"/>; nothing happens when it is absent.</summary>
    /// <exception cref="TrieException">A node on the way is missing from the store or invalid.</exception>
    public void Delete(ReadOnlySpan<byte> key)
    {
        var data = key.ToArray();
        var updated = Remove(_root, new NibblePath(data, 0, data.Length * 2), 0);
        if (!IsSame(_root, updated))
        {
            _root = updated;
            Changed();
        }
    }

    /// <summary>
    /// Stores a non-empty <paramref name="value"/> under the key <paramref name="key"/>; both must live in arrays
    /// nobody changes afterwards (the trie keeps them).
    /// </summary>
    internal void SetOwned(in NibblePath key, ReadOnlyMemory<byte> value)
    {
        var updated = Insert(_root, key, 0, value);
        if (!IsSame(_root, updated))
        {
            _root = updated;
            Changed();
        }
    }

    /// <summary>The node a <see cref="HashNode"/> refers to, from the store.</summary>
    internal TrieNode Resolve(HashNode node) => Resolve(node.Hash);

    /// <summary>The node whose hash is <paramref name="hash"/>, from the store.</summary>
    private TrieNode Resolve(in Hash256 hash) =>
        _store is null ? throw TrieException.MissingNode(hash) : _store.Load(hash);

    private void Changed()
    {
        _version++;
        _changesSinceHash++;
        _changesSinceCommit++;
    }
}
