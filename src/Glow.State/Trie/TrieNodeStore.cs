using System.Buffers.Binary;
using Glow.Core;
using Glow.Core.Db;
using Glow.Core.Rlp;

namespace Glow.State.Trie;

/// <summary>
/// Reads trie nodes by hash from a key-value table (normally <see cref="DbTable.TrieNodes"/>: key = Keccak-256 of
/// the node, value = its RLP) through a bounded cache of decoded nodes, shared by every trie opened on it.
/// Thread-safe. Writing goes through <see cref="PatriciaTrie.Commit"/> and an <see cref="IWriteBatch"/>.
/// </summary>
/// <remarks>
/// The cache is direct-mapped: a node's slot is chosen by the first bytes of its hash, and a newer node takes the
/// slot of an older one. The bound is the slot count; lookups and inserts take no lock and allocate nothing. Only
/// nodes decoded from the table enter it: they are immutable and refer to their children by hash, so sharing them
/// between tries is safe and a cached node never keeps a subtree alive.
/// </remarks>
public sealed class TrieNodeStore
{
    /// <summary>Default number of cache slots. A slot holds one decoded node: up to about 1.2 KB for a branch.</summary>
    public const int DefaultCacheSlots = 1 << 16;

    private readonly IKeyValueStore _nodes;
    private readonly TrieNode?[] _cache;
    private readonly int _mask;

    /// <summary>A store over <paramref name="nodes"/> caching up to <paramref name="cacheSlots"/> nodes (rounded up to a power of two).</summary>
    public TrieNodeStore(IKeyValueStore nodes, int cacheSlots = DefaultCacheSlots)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cacheSlots, 1);
        _nodes = nodes;
        var size = (int)Math.Min(1u << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)cacheSlots));
        _cache = new TrieNode?[size];
        _mask = size - 1;
    }

    /// <summary>A store over the <see cref="DbTable.TrieNodes"/> table of <paramref name="database"/>.</summary>
    public TrieNodeStore(IDatabase database, int cacheSlots = DefaultCacheSlots)
        : this(database[DbTable.TrieNodes], cacheSlots)
    {
    }

    /// <summary>The RLP of the node whose hash is <paramref name="hash"/>, or null when the store does not hold it.</summary>
    public byte[]? GetRlp(in Hash256 hash) => _nodes.Get(hash.Bytes);

    /// <summary>The node whose hash is <paramref name="hash"/>, from the cache or the table.</summary>
    /// <exception cref="TrieException">The node is missing or invalid.</exception>
    internal TrieNode Load(in Hash256 hash)
    {
        var slot = SlotOf(hash);
        var cached = Volatile.Read(ref _cache[slot]);
        if (cached is not null && cached.Hash == hash)
        {
            return cached;
        }

        var rlp = _nodes.Get(hash.Bytes) ?? throw TrieException.MissingNode(hash);
        TrieNode node;
        try
        {
            node = TrieNodeCodec.Decode(rlp, 0, rlp.Length);
        }
        catch (RlpException e)
        {
            throw new TrieException($"Trie node {hash} in the store is not valid RLP: {e.Message}", e);
        }
        catch (TrieException e)
        {
            throw new TrieException($"Trie node {hash} in the store is invalid: {e.Message}", e);
        }

        if (rlp.Length < Hash256.Size)
        {
            // Only a root is stored while shorter than 32 bytes; keep its reference as its RLP, like any small node.
            node.Embedded = rlp;
            return node;
        }

        node.Hash = hash;
        node.HasHash = true;
        Volatile.Write(ref _cache[slot], node);
        return node;
    }

    private int SlotOf(in Hash256 hash) => BinaryPrimitives.ReadInt32LittleEndian(hash.Bytes) & _mask;
}
