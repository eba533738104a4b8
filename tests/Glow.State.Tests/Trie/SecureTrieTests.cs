using Glow.Core.Crypto;
using Glow.State.Db;
using Glow.State.Trie;
using static Glow.State.Tests.Trie.TrieFixtures;

namespace Glow.State.Tests.Trie;

public class SecureTrieTests
{
    [Fact]
    public void Secure_trie_equals_a_plain_trie_keyed_by_the_keccak_of_the_keys()
    {
        var secure = new SecureTrie();
        var plain = new PatriciaTrie();
        for (var i = 0; i < 200; i++)
        {
            byte[] key = [(byte)i, 0xaa];
            secure.Set(key, Long((byte)i));
            plain.Set(Keccak256.ComputeBytes(key), Long((byte)i));
        }

        secure.Delete([5, 0xaa]);
        plain.Delete(Keccak256.ComputeBytes([5, 0xaa]));

        Assert.Equal(plain.RootHash, secure.RootHash);
        Assert.Equal(Long(6), secure.Get([6, 0xaa]));
        Assert.True(secure.TryGet([7, 0xaa], out var value));
        Assert.Equal(Long(7), value.ToArray());
        Assert.Null(secure.Get([5, 0xaa]));
        Assert.Equal(plain.Enumerate().Select(e => e.Key), secure.Enumerate().Select(e => e.Key));
    }

    [Fact]
    public void Secure_trie_SetMany_equals_setting_one_by_one()
    {
        var changes = Enumerable.Range(0, 10_000)
            .Select(i => new KeyValuePair<byte[], byte[]>(BitConverter.GetBytes(i % 7000), i % 5 == 0 ? [] : Long((byte)i)))
            .ToList();
        var bulk = new SecureTrie();
        var oneByOne = new SecureTrie();

        bulk.SetMany(changes);
        changes.ForEach(c => oneByOne.Set(c.Key, c.Value));

        Assert.Equal(oneByOne.RootHash, bulk.RootHash);
    }

    [Fact]
    public void Secure_trie_reopens_from_the_store()
    {
        using var db = new MemoryDatabase();
        var trie = new SecureTrie(new Glow.State.Trie.TrieNodeStore(db));
        trie.Set(Text("alice"), Long(1));
        trie.Set(Text("bob"), Text("b"));
        using var batch = db.StartBatch();
        var root = trie.Commit(batch);
        batch.Commit();

        var reopened = new SecureTrie(new TrieNodeStore(db), root);

        Assert.Equal(Long(1), reopened.Get(Text("alice")));
        Assert.Equal(Text("b"), reopened.Get(Text("bob")));
        Assert.Null(reopened.Get(Text("carol")));
    }

    [Fact]
    public void Workload_root_of_10000_entries_matches_the_ethereumjs_root()
    {
        using var db = new MemoryDatabase();
        var root = TrieBenchmarkWorkload.BuildAndCommit(db, TrieBenchmarkWorkload.Generate(10_000));

        Assert.Equal(TrieBenchmarkWorkload.RootOf10000, root);
    }
}
