using Glow.Core.Crypto;
using Glow.State.Db;
using static Glow.State.Tests.Trie.TrieFixtures;

namespace Glow.State.Tests.Trie;

public class TrieEmbeddingTests
{
    [Fact]
    public void Nodes_shorter_than_32_bytes_are_embedded_in_their_parent_and_not_stored()
    {
        using var db = new MemoryDatabase();
        // Leaves [0x20, "a"] take 3 bytes: both sit inside the root branch, which alone is stored.
        var trie = Build((Hex("0x10"), Text("a")), (Hex("0x20"), Text("b")), (Hex("0x30"), Long(3)));

        var (root, written) = Commit(trie, db);

        Assert.Equal(2, written);
        Assert.Single(trie.GetProof(Hex("0x10")));
        Assert.Equal(2, trie.GetProof(Hex("0x30")).Count);
        Assert.Equal(Text("a"), Reopen(db, root).Get(Hex("0x10")));
    }

    [Fact]
    public void An_embedded_branch_with_embedded_leaves_round_trips_through_the_store()
    {
        using var db = new MemoryDatabase();
        var trie = Build((Hex("0x0001"), Text("a")), (Hex("0x0002"), Text("b")), (Hex("0x10"), Long(1)));
        var (root, _) = Commit(trie, db);
        var reopened = Reopen(db, root);

        Assert.Equal(Text("a"), reopened.Get(Hex("0x0001")));
        Assert.Equal(Text("b"), reopened.Get(Hex("0x0002")));
        reopened.Set(Hex("0x0003"), Text("c"));
        trie.Set(Hex("0x0003"), Text("c"));
        Assert.Equal(trie.RootHash, reopened.RootHash);
    }

    [Fact]
    public void A_root_shorter_than_32_bytes_is_still_stored_under_its_hash()
    {
        using var db = new MemoryDatabase();
        var trie = Build((Text("k"), Text("v")));

        var (root, written) = Commit(trie, db);

        Assert.Equal(1, written);
        Assert.Equal(root, Keccak256.Compute(db[Glow.Core.Db.DbTable.TrieNodes].Get(root.Bytes)));
        Assert.Equal(Text("v"), Reopen(db, root).Get(Text("k")));
    }

    [Fact]
    public void A_small_root_reached_by_deleting_is_stored_on_commit()
    {
        using var db = new MemoryDatabase();
        var trie = Build((Hex("0x10"), Text("a")), (Hex("0x20"), Long(1)));
        Commit(trie, db);

        trie.Delete(Hex("0x20"));
        var (root, _) = Commit(trie, db);

        Assert.Equal(Text("a"), Reopen(db, root).Get(Hex("0x10")));
    }
}
