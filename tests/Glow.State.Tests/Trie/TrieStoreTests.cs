using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Db;
using Glow.State.Db;
using Glow.State.Trie;
using static Glow.State.Tests.Trie.TrieFixtures;

namespace Glow.State.Tests.Trie;

public class TrieStoreTests
{
    private static List<(byte[] Key, byte[] Value)> Accounts(int count, int salt = 0) =>
        Enumerable.Range(0, count)
            .Select(i => (Keccak256.ComputeBytes(BitConverter.GetBytes(i)), Keccak256.ComputeBytes(BitConverter.GetBytes(i + salt))))
            .ToList();

    private static PatriciaTrie Build(IEnumerable<(byte[] Key, byte[] Value)> entries, PatriciaTrie? trie = null)
    {
        trie ??= new PatriciaTrie();
        foreach (var (key, value) in entries)
        {
            trie.Set(key, value);
        }

        return trie;
    }

    [Fact]
    public void A_trie_reopened_at_a_committed_root_reads_every_value()
    {
        using var db = new MemoryDatabase();
        var accounts = Accounts(2000);
        var (root, written) = Commit(Build(accounts), db);

        var reopened = Reopen(db, root);

        Assert.Equal(db[DbTable.TrieNodes].Iterate([]).Count(), written);
        Assert.Equal(root, reopened.RootHash);
        Assert.All(accounts, a => Assert.Equal(a.Value, reopened.Get(a.Key)));
        Assert.Null(reopened.Get(Keccak256.ComputeBytes([1, 2, 3])));
    }

    [Fact]
    public void Changes_to_a_reopened_trie_give_the_root_of_the_same_content_built_in_memory()
    {
        using var db = new MemoryDatabase();
        var accounts = Accounts(1000);
        var (root, _) = Commit(Build(accounts), db);
        var reopened = Reopen(db, root);
        var changes = Accounts(1200, salt: 5).Skip(500).ToList();
        var deleted = accounts.Take(200).Select(a => a.Key).ToList();

        Build(changes, reopened);
        deleted.ForEach(k => reopened.Delete(k));

        var expected = Build(changes, Build(accounts));
        deleted.ForEach(k => expected.Delete(k));
        Assert.Equal(expected.RootHash, reopened.RootHash);
    }

    [Fact]
    public void Every_committed_root_stays_readable_after_later_commits()
    {
        using var db = new MemoryDatabase();
        var trie = new PatriciaTrie(new TrieNodeStore(db));
        var roots = new List<Hash256>();
        for (var block = 0; block < 5; block++)
        {
            trie.Set([(byte)block], Long((byte)block));
            trie.Delete([(byte)(block - 2)]);
            roots.Add(Commit(trie, db).Root);
        }

        for (var block = 0; block < 5; block++)
        {
            var old = Reopen(db, roots[block]);
            Assert.Equal(Long((byte)block), old.Get([(byte)block]));
            Assert.Equal(block >= 2 ? null : Long(0), old.Get([0]));
        }
    }

    [Fact]
    public void A_second_commit_without_changes_writes_nothing_and_returns_the_same_root()
    {
        using var db = new MemoryDatabase();
        var trie = Build(Accounts(500));
        var (root, written) = Commit(trie, db);

        Assert.True(written > 500);
        Assert.Equal((root, 0), Commit(trie, db));
        Assert.Equal((root, 0), Commit(Reopen(db, root), db));
    }

    [Fact]
    public void A_commit_after_one_change_writes_only_the_nodes_on_its_path()
    {
        using var db = new MemoryDatabase();
        var accounts = Accounts(5000);
        var trie = Build(accounts);
        Commit(trie, db);

        trie.Set(accounts[42].Key, Long(1));
        var (root, written) = Commit(trie, db);

        Assert.Equal(trie.GetProof(accounts[42].Key).Count, written);
        Assert.Equal(Long(1), Reopen(db, root).Get(accounts[42].Key));
    }

    [Fact]
    public void Commit_writes_the_same_nodes_however_and_whenever_they_were_hashed()
    {
        var accounts = Accounts(10_000);
        using var direct = new MemoryDatabase();
        using var hashedFirst = new MemoryDatabase();
        using var stepwise = new MemoryDatabase();

        Commit(Build(accounts), direct); // hashed and written in one parallel pass
        var trie = Build(accounts);
        _ = trie.RootHash; // hashed in parallel, then written
        Commit(trie, hashedFirst);
        trie = new PatriciaTrie();
        for (var i = 0; i < accounts.Count; i++)
        {
            trie.Set(accounts[i].Key, accounts[i].Value);
            if (i % 1000 == 0)
            {
                _ = trie.RootHash; // few changes at a time: hashed on one thread
            }
        }

        Commit(trie, stepwise);

        var expected = direct[DbTable.TrieNodes].Iterate([]).ToList();
        Assert.True(expected.Count > accounts.Count);
        Assert.Equal(expected, hashedFirst[DbTable.TrieNodes].Iterate([]).ToList());
        Assert.Equal(expected, stepwise[DbTable.TrieNodes].Iterate([]).ToList());
        Assert.All(expected, node => Assert.Equal(node.Key, Keccak256.ComputeBytes(node.Value)));
    }

    [Fact]
    public void Setting_a_key_to_its_current_value_writes_nothing()
    {
        using var db = new MemoryDatabase();
        var accounts = Accounts(100);
        var (root, _) = Commit(Build(accounts), db);
        var reopened = Reopen(db, root);

        Build(accounts, reopened);

        Assert.Equal((root, 0), Commit(reopened, db));
    }

    [Fact]
    public void Changing_a_trie_after_reading_its_root_changes_the_root()
    {
        var trie = Build(Accounts(50));
        var before = trie.RootHash;

        trie.Set(Text("new"), Long(1));
        var after = trie.RootHash;
        trie.Delete(Text("new"));

        Assert.NotEqual(before, after);
        Assert.Equal(before, trie.RootHash);
    }

    [Fact]
    public void A_trie_stays_usable_after_commit()
    {
        using var db = new MemoryDatabase();
        var accounts = Accounts(300);
        var trie = Build(accounts.Take(200));
        Commit(trie, db);

        Build(accounts.Skip(200), trie);
        trie.Delete(accounts[0].Key);

        var expected = Build(accounts.Skip(1));
        Assert.Equal(expected.RootHash, trie.RootHash);
        Assert.Equal(expected.RootHash, Commit(trie, db).Root);
    }

    [Fact]
    public void Two_tries_opened_at_one_root_do_not_see_each_others_changes()
    {
        using var db = new MemoryDatabase();
        var accounts = Accounts(300);
        var (root, _) = Commit(Build(accounts), db);
        var store = new TrieNodeStore(db);
        var first = new PatriciaTrie(store, root);
        var second = new PatriciaTrie(store, root);

        first.Set(accounts[7].Key, Long(9));
        first.Delete(accounts[8].Key);

        Assert.Equal(root, second.RootHash);
        Assert.Equal(accounts[7].Value, second.Get(accounts[7].Key));
        Assert.Equal(accounts[8].Value, second.Get(accounts[8].Key));
        Assert.Equal(root, new PatriciaTrie(store, root).RootHash);
        Assert.Equal(accounts[7].Value, new PatriciaTrie(store, root).Get(accounts[7].Key));
    }

    [Fact]
    public void Reads_from_several_threads_share_the_store_and_its_cache_safely()
    {
        using var db = new MemoryDatabase();
        var accounts = Accounts(3000);
        var (root, _) = Commit(Build(accounts), db);
        var trie = new PatriciaTrie(new TrieNodeStore(db, cacheSlots: 256), root);

        var wrong = 0;
        Parallel.For(0, 8, worker =>
        {
            for (var i = worker; i < accounts.Count; i += 2)
            {
                if (!accounts[i].Value.AsSpan().SequenceEqual(trie.Get(accounts[i].Key)))
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        Assert.Equal(0, wrong);
        Assert.Equal(root, trie.RootHash);
    }

    [Fact]
    public void A_tiny_node_cache_still_reads_everything()
    {
        using var db = new MemoryDatabase();
        var accounts = Accounts(500);
        var (root, _) = Commit(Build(accounts), db);

        var trie = new PatriciaTrie(new TrieNodeStore(db, cacheSlots: 1), root);

        Assert.All(accounts, a => Assert.Equal(a.Value, trie.Get(a.Key)));
    }

    [Fact]
    public void A_missing_node_raises_a_trie_exception_naming_its_hash()
    {
        using var db = new MemoryDatabase();
        var missing = Keccak256.Compute([1, 2, 3]);
        var trie = Reopen(db, missing);

        var error = Assert.Throws<TrieException>(() => trie.Get([1]));
        Assert.Contains(missing.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_node_raises_a_trie_exception()
    {
        using var db = new MemoryDatabase();
        var (root, _) = Commit(Build(Accounts(20)), db);
        var rlp = db[DbTable.TrieNodes].Get(root.Bytes)!;
        db[DbTable.TrieNodes].Put(root.Bytes, rlp.AsSpan(0, rlp.Length - 1));

        var error = Assert.Throws<TrieException>(() => Reopen(db, root).Get(Accounts(1)[0].Key));
        Assert.Contains(root.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Throws<TrieException>(() => Reopen(db, root).Get([]));
    }

    [Fact]
    public void The_empty_root_opens_an_empty_trie_without_reading_the_store()
    {
        using var db = new MemoryDatabase();
        var trie = Reopen(db, Keccak256.OfEmptyString);

        Assert.True(trie.IsEmpty);
        Assert.Null(trie.Get([1]));
        Assert.Equal((Keccak256.OfEmptyString, 0), Commit(trie, db));
    }
}
