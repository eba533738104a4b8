using Glow.Core;
using Glow.Core.Db;
using Glow.State.Db;
using Glow.State.Trie;
using static Glow.State.Tests.Trie.TrieFixtures;

namespace Glow.State.Tests.Trie;

/// <summary>
/// <see cref="PatriciaTrie.Diff"/> against the difference of two dictionaries: every differing key is reported once
/// with both values, nothing else is, identical subtrees are not loaded, and the nodes reported on each side are
/// exactly the stored nodes of that side that the other side does not hold at the same place.
/// </summary>
public class TrieDiffTests
{
    [Theory]
    [InlineData(1, 3, 4)] // short keys: branch values, extensions split one nibble at a time
    [InlineData(2, 0, 6)]
    [InlineData(3, 32, 32)] // hashed-key shape, as in the state and storage tries
    [InlineData(4, 1, 2)]
    public void Reports_exactly_the_keys_whose_values_differ(int seed, int minKeyLength, int maxKeyLength)
    {
        var random = new Random(seed);
        using var db = new MemoryDatabase();
        var store = new TrieNodeStore(db, cacheSlots: 1);
        for (var round = 0; round < 40; round++)
        {
            var first = RandomContent(random, minKeyLength, maxKeyLength, random.Next(0, 60));
            var second = Mutate(random, first, minKeyLength, maxKeyLength, random.Next(0, 12));
            var from = Store(db, first);
            var to = Store(db, second);

            var visitor = new Recorder();
            PatriciaTrie.Diff(store, from, to, visitor);

            var expected = first.Keys.Concat(second.Keys).DistinctBy(Convert.ToHexString)
                .Where(key => !Same(first.GetValueOrDefault(key), second.GetValueOrDefault(key)))
                .Select(key => Convert.ToHexString(key) + ":" + Hex(first.GetValueOrDefault(key)) + ">" + Hex(second.GetValueOrDefault(key)))
                .Order(StringComparer.Ordinal)
                .ToList();
            Assert.Equal(expected, visitor.Changes.Order(StringComparer.Ordinal).ToList());
        }
    }

    [Fact]
    public void Identical_tries_are_not_read_at_all()
    {
        using var db = new MemoryDatabase();
        var content = RandomContent(new Random(7), 32, 32, 200);
        var root = Store(db, content);
        var visitor = new Recorder();

        PatriciaTrie.Diff(new TrieNodeStore(db), root, root, visitor);

        Assert.Empty(visitor.Changes);
        Assert.Empty(visitor.Nodes);
    }

    [Fact]
    public void One_changed_key_in_a_large_trie_loads_only_the_nodes_on_its_path()
    {
        using var db = new MemoryDatabase();
        var random = new Random(8);
        var content = RandomContent(random, 32, 32, 5_000);
        var from = Store(db, content);
        var changed = content.Keys.ElementAt(1234);
        content[changed] = [1, 2, 3];
        var to = Store(db, content);
        var visitor = new Recorder();

        PatriciaTrie.Diff(new TrieNodeStore(db), from, to, visitor);

        Assert.Equal([Convert.ToHexString(changed)], visitor.Changes.Select(change => change[..64]));
        // A 5,000-key hashed trie is about four levels deep: each side loads its path, a handful of nodes.
        Assert.InRange(visitor.Nodes.Count, 2, 12);
        Assert.Equal(visitor.Nodes.Count(node => node.InFrom), visitor.Nodes.Count(node => !node.InFrom));
    }

    [Fact]
    public void Nodes_reported_are_the_stored_nodes_each_side_holds_where_the_other_differs()
    {
        var random = new Random(9);
        using var db = new MemoryDatabase();
        var store = new TrieNodeStore(db, cacheSlots: 1);
        for (var round = 0; round < 30; round++)
        {
            var first = RandomContent(random, 32, 32, random.Next(1, 300));
            var second = Mutate(random, first, 32, 32, random.Next(1, 20));
            var from = Store(db, first);
            var to = Store(db, second);
            var visitor = new Recorder();

            PatriciaTrie.Diff(store, from, to, visitor);

            // Nodes of one side only must be reported on that side; hashed-key tries hold no node twice.
            var fromNodes = StoredNodes(store, from);
            var toNodes = StoredNodes(store, to);
            Assert.Superset(fromNodes.Except(toNodes).ToHashSet(), visitor.Nodes.Where(n => n.InFrom).Select(n => n.Hash).ToHashSet());
            Assert.Subset(fromNodes, visitor.Nodes.Where(n => n.InFrom).Select(n => n.Hash).ToHashSet());
            Assert.Superset(toNodes.Except(fromNodes).ToHashSet(), visitor.Nodes.Where(n => !n.InFrom).Select(n => n.Hash).ToHashSet());
            Assert.Subset(toNodes, visitor.Nodes.Where(n => !n.InFrom).Select(n => n.Hash).ToHashSet());
        }
    }

    private static HashSet<Hash256> StoredNodes(TrieNodeStore store, Hash256 root)
    {
        var nodes = new List<Hash256>();
        PatriciaTrie.CollectStoredNodes(store, root, nodes);
        return [.. nodes];
    }

    private static Hash256 Store(IDatabase db, SortedDictionary<byte[], byte[]> content)
    {
        var trie = new PatriciaTrie();
        foreach (var (key, value) in content)
        {
            trie.Set(key, value);
        }

        return Commit(trie, db).Root;
    }

    private static SortedDictionary<byte[], byte[]> RandomContent(Random random, int minKeyLength, int maxKeyLength, int count)
    {
        var content = new SortedDictionary<byte[], byte[]>(ByteKeyComparer.Instance);
        for (var i = 0; i < count; i++)
        {
            content[RandomKey(random, minKeyLength, maxKeyLength)] = RandomValue(random);
        }

        return content;
    }

    private static SortedDictionary<byte[], byte[]> Mutate(Random random, SortedDictionary<byte[], byte[]> source, int minKeyLength, int maxKeyLength, int changes)
    {
        var copy = new SortedDictionary<byte[], byte[]>(source, ByteKeyComparer.Instance);
        for (var i = 0; i < changes; i++)
        {
            var existing = copy.Count > 0 && random.Next(2) == 0 ? copy.Keys.ElementAt(random.Next(copy.Count)) : null;
            switch (random.Next(3))
            {
                case 0 when existing is not null:
                    copy.Remove(existing);
                    break;
                case 1 when existing is not null:
                    copy[existing] = RandomValue(random);
                    break;
                default:
                    copy[RandomKey(random, minKeyLength, maxKeyLength)] = RandomValue(random);
                    break;
            }
        }

        return copy;
    }

    private static byte[] RandomKey(Random random, int minLength, int maxLength)
    {
        var key = new byte[random.Next(minLength, maxLength + 1)];
        for (var i = 0; i < key.Length; i++)
        {
            // A tiny alphabet for short keys makes shared prefixes; hashed-shape keys are uniform.
            key[i] = maxLength < 32 ? (byte)random.Next(0, 3) : (byte)random.Next(256);
        }

        return key;
    }

    // Short values make embedded nodes, long ones hashed nodes.
    private static byte[] RandomValue(Random random)
    {
        var value = new byte[random.Next(2) == 0 ? random.Next(1, 4) : random.Next(20, 60)];
        random.NextBytes(value);
        return value;
    }

    private static bool Same(byte[]? a, byte[]? b) => (a ?? []).AsSpan().SequenceEqual(b ?? []);

    private static string Hex(byte[]? value) => value is null ? "-" : Convert.ToHexString(value);

    private sealed class Recorder : ITrieDifferenceVisitor
    {
        public List<string> Changes { get; } = [];

        public List<(Hash256 Hash, bool InFrom)> Nodes { get; } = [];

        public void Changed(ReadOnlySpan<byte> key, ReadOnlyMemory<byte> from, ReadOnlyMemory<byte> to) =>
            Changes.Add(Convert.ToHexString(key) + ":" + (from.IsEmpty ? "-" : Convert.ToHexString(from.Span)) + ">" + (to.IsEmpty ? "-" : Convert.ToHexString(to.Span)));

        public void Node(in Hash256 hash, bool inFrom) => Nodes.Add((hash, inFrom));
    }
}
