using Glow.Core.Crypto;
using Glow.State.Db;
using Glow.State.Trie;
using static Glow.State.Tests.Trie.TrieFixtures;

namespace Glow.State.Tests.Trie;

public class TrieBulkUpdateTests
{
    private static List<KeyValuePair<byte[], byte[]>> Changes(int seed, int count, bool hashedKeys)
    {
        var random = new Random(seed);
        var changes = new List<KeyValuePair<byte[], byte[]>>();
        for (var i = 0; i < count; i++)
        {
            var key = hashedKeys ? Keccak256.ComputeBytes(BitConverter.GetBytes(random.Next(count / 2))) : new byte[random.Next(0, 4)];
            if (!hashedKeys)
            {
                random.NextBytes(key);
            }

            var value = new byte[random.Next(4) == 0 ? 0 : random.Next(1, 50)];
            random.NextBytes(value);
            changes.Add(new(key, value));
        }

        return changes;
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void SetMany_gives_the_same_trie_as_setting_the_changes_one_by_one(int seed, bool hashedKeys)
    {
        using var db = new MemoryDatabase();
        var first = Changes(seed, 20_000, hashedKeys);
        var second = Changes(seed + 100, 20_000, hashedKeys);
        var oneByOne = new PatriciaTrie();
        var bulk = new PatriciaTrie(new TrieNodeStore(db));

        foreach (var (key, value) in first)
        {
            oneByOne.Set(key, value);
        }

        bulk.SetMany(first);
        Assert.Equal(oneByOne.RootHash, bulk.RootHash);

        // Again over a trie reopened from the store, so that the subtrees load on several threads.
        var (root, _) = Commit(bulk, db);
        bulk = Reopen(db, root);
        foreach (var (key, value) in second)
        {
            oneByOne.Set(key, value);
        }

        bulk.SetMany(second);
        Assert.Equal(oneByOne.RootHash, bulk.RootHash);
        Assert.Equal(oneByOne.Enumerate().ToList(), bulk.Enumerate().ToList());
    }

    [Fact]
    public void SetMany_that_deletes_everything_leaves_the_empty_trie()
    {
        var keys = Enumerable.Range(0, 10_000).Select(i => Keccak256.ComputeBytes(BitConverter.GetBytes(i))).ToList();
        var trie = new PatriciaTrie();
        trie.SetMany(keys.Select(k => new KeyValuePair<byte[], byte[]>(k, Long(1))).ToList());

        trie.SetMany(keys.Select(k => new KeyValuePair<byte[], byte[]>(k, [])).ToList());

        Assert.True(trie.IsEmpty);
        Assert.Equal(Keccak256.OfEmptyString, trie.RootHash);
    }

    [Fact]
    public void SetMany_reports_a_missing_node_as_a_trie_exception()
    {
        using var db = new MemoryDatabase();
        var changes = Changes(3, 10_000, hashedKeys: true).Where(c => c.Value.Length > 0).ToList();
        var built = new PatriciaTrie();
        built.SetMany(changes);
        var (root, _) = Commit(built, db);
        var nodes = db[Glow.Core.Db.DbTable.TrieNodes];
        foreach (var (hash, _) in nodes.Iterate([]).ToList())
        {
            if (!hash.AsSpan().SequenceEqual(root.Bytes))
            {
                nodes.Delete(hash);
            }
        }

        Assert.Throws<TrieException>(() => Reopen(db, root).SetMany(changes));
    }
}
