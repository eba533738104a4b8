using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Db;

namespace Glow.State.Trie;

/// <summary>
/// A <see cref="PatriciaTrie"/> whose keys are the Keccak-256 of the given keys: the form of the state trie
/// (key = keccak(address)) and of storage tries (key = keccak(slot)), yellow paper section 4.1. Hashing makes the
/// trie balanced whatever the keys are.
/// </summary>
public sealed class SecureTrie
{
    private readonly PatriciaTrie _trie;

    /// <summary>An empty trie held only in memory.</summary>
    public SecureTrie() => _trie = new PatriciaTrie();

    /// <summary>An empty trie over <paramref name="store"/>.</summary>
    public SecureTrie(TrieNodeStore store) => _trie = new PatriciaTrie(store);

    /// <summary>The trie whose root hash is <paramref name="root"/>, read lazily from <paramref name="store"/>.</summary>
    public SecureTrie(TrieNodeStore store, in Hash256 root) => _trie = new PatriciaTrie(store, root);

    /// <summary>The underlying trie, keyed by the hashes.</summary>
    public PatriciaTrie Inner => _trie;

    /// <inheritdoc cref="PatriciaTrie.RootHash"/>
    public Hash256 RootHash => _trie.RootHash;

    /// <summary>The value stored under <paramref name="key"/> (hashed first), as a new array; null when there is none.</summary>
    /// <exception cref="TrieException">A node on the way is missing from the store or invalid.</exception>
    public byte[]? Get(ReadOnlySpan<byte> key)
    {
        Span<byte> hashed = stackalloc byte[Keccak256.HashSize];
        Keccak256.Hash(key, hashed);
        return _trie.Get(hashed);
    }

    /// <summary>Like <see cref="PatriciaTrie.TryGet"/>, for the key <paramref name="key"/> hashed first.</summary>
    /// <exception cref="TrieException">A node on the way is missing from the store or invalid.</exception>
    public bool TryGet(ReadOnlySpan<byte> key, out ReadOnlyMemory<byte> value)
    {
        Span<byte> hashed = stackalloc byte[Keccak256.HashSize];
        Keccak256.Hash(key, hashed);
        return _trie.TryGet(hashed, out value);
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> (hashed first); an empty value deletes the key.</summary>
    /// <exception cref="TrieException">A node on the way is missing from the store or invalid.</exception>
    public void Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            Delete(key);
            return;
        }

        // One array: the hashed key (the leaf's path), then the value.
        var data = new byte[Keccak256.HashSize + value.Length];
        Keccak256.Hash(key, data);
        value.CopyTo(data.AsSpan(Keccak256.HashSize));
        _trie.SetOwned(new NibblePath(data, 0, 2 * Keccak256.HashSize), new ReadOnlyMemory<byte>(data, Keccak256.HashSize, value.Length));
    }

    /// <summary>
    /// <see cref="PatriciaTrie.SetMany"/> for keys hashed first (on several cores): applies <paramref name="changes"/>
    /// in order, an empty value deleting its key.
    /// </summary>
    /// <exception cref="TrieException">A node on the way is missing from the store or invalid.</exception>
    public void SetMany(IReadOnlyList<KeyValuePair<byte[], byte[]>> changes)
    {
        var hashed = new KeyValuePair<byte[], byte[]>[changes.Count];
        Parallel.For(0, changes.Count, i => hashed[i] = new(Keccak256.ComputeBytes(changes[i].Key), changes[i].Value));
        _trie.SetMany(hashed);
    }

    /// <summary>Removes <paramref name="key"/> (hashed first); nothing happens when it is absent.</summary>
    /// <exception cref="TrieException">A node on the way is missing from the store or invalid.</exception>
    public void Delete(ReadOnlySpan<byte> key)
    {
        Span<byte> hashed = stackalloc byte[Keccak256.HashSize];
        Keccak256.Hash(key, hashed);
        _trie.Delete(hashed);
    }

    /// <inheritdoc cref="PatriciaTrie.Commit"/>
    public Hash256 Commit(IWriteBatch batch) => _trie.Commit(batch);

    /// <summary>
    /// The proof for <paramref name="key"/> (hashed first), as <see cref="PatriciaTrie.GetProof"/>; verify it with
    /// <see cref="VerifyProof"/> or with <see cref="TrieProof.Verify"/> and the hashed key.
    /// </summary>
    /// <exception cref="TrieException">A node on the path is missing from the store.</exception>
    public IReadOnlyList<byte[]> GetProof(ReadOnlySpan<byte> key)
    {
        Span<byte> hashed = stackalloc byte[Keccak256.HashSize];
        Keccak256.Hash(key, hashed);
        return _trie.GetProof(hashed);
    }

    /// <summary><see cref="TrieProof.Verify"/> for the key <paramref name="key"/> hashed first.</summary>
    public static (bool Valid, byte[]? Value) VerifyProof(in Hash256 root, ReadOnlySpan<byte> key, IReadOnlyList<byte[]> proof)
    {
        Span<byte> hashed = stackalloc byte[Keccak256.HashSize];
        Keccak256.Hash(key, hashed);
        return TrieProof.Verify(root, hashed, proof);
    }

    /// <summary>
    /// Every entry in the order of the hashed keys, each with its hashed key (the trie does not know the original
    /// keys), starting at the hashed key <paramref name="startHashedKey"/> when one is given.
    /// </summary>
    /// <exception cref="InvalidOperationException">The trie was changed during the enumeration.</exception>
    public IEnumerable<KeyValuePair<byte[], byte[]>> Enumerate(ReadOnlySpan<byte> startHashedKey = default) => _trie.Enumerate(startHashedKey);
}
