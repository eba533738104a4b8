using Glow.Core.Crypto;
using Glow.State.Db;
using static Glow.State.Tests.Trie.TrieFixtures;

namespace Glow.State.Tests.Trie;

public class TrieDeletionTests
{
    [Fact]
    public void Deleting_one_of_two_leaves_under_a_branch_leaves_the_root_of_the_other_alone()
    {
        var trie = Build((Hex("0x1234"), Long(1)), (Hex("0x5678"), Long(2)));
        trie.Delete(Hex("0x1234"));

        Assert.Equal(Build((Hex("0x5678"), Long(2))).RootHash, trie.RootHash);
        Assert.Single(trie.GetProof(Hex("0x5678")));
    }

    [Fact]
    public void Deleting_below_an_extension_merges_the_extension_into_the_remaining_leaf()
    {
        var trie = Build((Hex("0xabcd01"), Long(1)), (Hex("0xabcd02"), Long(2)));
        Assert.Equal(3, trie.GetProof(Hex("0xabcd01")).Count);

        trie.Delete(Hex("0xabcd02"));

        Assert.Equal(Build((Hex("0xabcd01"), Long(1))).RootHash, trie.RootHash);
        Assert.Single(trie.GetProof(Hex("0xabcd01")));
    }

    [Fact]
    public void Deleting_the_value_of_a_branch_with_one_child_merges_the_branch_into_that_child()
    {
        var trie = Build((Text("do"), Long(1)), (Text("dog"), Long(2)));
        trie.Delete(Text("do"));

        Assert.Equal(Build((Text("dog"), Long(2))).RootHash, trie.RootHash);
        Assert.Null(trie.Get(Text("do")));
        Assert.Equal(Long(2), trie.Get(Text("dog")));
    }

    [Fact]
    public void Deleting_the_only_child_of_a_branch_with_a_value_leaves_a_leaf_for_the_value()
    {
        var trie = Build((Text("do"), Long(1)), (Text("dog"), Long(2)));
        trie.Delete(Text("dog"));

        Assert.Equal(Build((Text("do"), Long(1))).RootHash, trie.RootHash);
        Assert.Single(trie.GetProof(Text("do")));
    }

    [Fact]
    public void Deleting_a_leaf_whose_sibling_is_a_stored_branch_loads_it_and_puts_an_extension_above_it()
    {
        using var db = new MemoryDatabase();
        var built = Build((Hex("0x10"), Long(1)), (Hex("0x2000"), Long(2)), (Hex("0x2001"), Long(3)));
        var (root, _) = Commit(built, db);
        var trie = Reopen(db, root);

        trie.Delete(Hex("0x10"));

        var expected = Build((Hex("0x2000"), Long(2)), (Hex("0x2001"), Long(3)));
        Assert.Equal(expected.RootHash, trie.RootHash);
        Assert.Equal(Long(3), trie.Get(Hex("0x2001")));
    }

    [Fact]
    public void Deleting_every_key_yields_the_empty_root()
    {
        var keys = Enumerable.Range(0, 300).Select(i => Keccak256.ComputeBytes([(byte)i, (byte)(i >> 8)])).ToList();
        var trie = new Glow.State.Trie.PatriciaTrie();
        foreach (var key in keys)
        {
            trie.Set(key, Long(7));
        }

        foreach (var key in keys.AsEnumerable().Reverse())
        {
            trie.Delete(key);
        }

        Assert.True(trie.IsEmpty);
        Assert.Equal(Keccak256.OfEmptyString, trie.RootHash);
    }

    [Fact]
    public void Deleting_an_absent_key_changes_nothing_and_commits_nothing()
    {
        using var db = new MemoryDatabase();
        var trie = Build((Hex("0xabcd01"), Long(1)), (Hex("0xabcd02"), Long(2)), (Text("x"), Long(3)));
        var (root, _) = Commit(trie, db);

        trie.Delete(Hex("0xabcd03"));
        trie.Delete(Hex("0xab"));
        trie.Delete(Hex("0xabcd0102"));
        trie.Delete(Text("y"));

        Assert.Equal((root, 0), Commit(trie, db));
    }

    [Fact]
    public void Setting_an_empty_value_deletes_the_key()
    {
        var trie = Build((Text("a"), Long(1)), (Text("b"), Long(2)));
        trie.Set(Text("a"), []);

        Assert.Null(trie.Get(Text("a")));
        Assert.Equal(Build((Text("b"), Long(2))).RootHash, trie.RootHash);
    }
}
