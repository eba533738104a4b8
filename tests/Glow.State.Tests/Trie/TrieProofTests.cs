using Glow.Core.Crypto;
using Glow.State.Db;
using Glow.State.Trie;
using static Glow.State.Tests.Trie.TrieFixtures;

namespace Glow.State.Tests.Trie;

public class TrieProofTests
{
    private static readonly (byte[] Key, byte[] Value)[] Entries =
    [
        (Text("do"), Long(1)),
        (Text("dog"), Long(2)),
        (Text("doge"), Text("coin")),
        (Text("horse"), Long(4)),
        (Hex("0xabcd01"), Long(5)),
        (Hex("0xabcd02"), Long(6)),
    ];

    [Fact]
    public void Proof_of_a_present_key_verifies_to_its_value()
    {
        var trie = Build(Entries);
        foreach (var (key, value) in Entries)
        {
            ProofAssert.Proves(trie.RootHash, key, trie.GetProof(key), value);
        }
    }

    [Theory]
    [InlineData("0x6461")] // "da": an empty slot of a branch
    [InlineData("0x646f6761")] // "doga": under "dog", a slot that is empty
    [InlineData("0x646f67650a")] // past the end of the leaf "doge"
    [InlineData("0x686f727365ff")] // longer than the leaf "horse"
    [InlineData("0x686f7273")] // "hors": ends inside the leaf's path
    [InlineData("0xabcc")] // leaves the extension early
    [InlineData("0xab")] // ends inside the extension
    [InlineData("0x")] // the empty key
    public void Proof_of_an_absent_key_verifies_as_absence(string key)
    {
        var trie = Build(Entries);
        var bytes = Hex(key);

        ProofAssert.Proves(trie.RootHash, bytes, trie.GetProof(bytes), null);
    }

    [Fact]
    public void Proof_with_any_byte_altered_is_rejected()
    {
        var trie = Build(Entries);
        var key = Hex("0xabcd02");
        var proof = trie.GetProof(key);
        for (var node = 0; node < proof.Count; node++)
        {
            for (var position = 0; position < proof[node].Length; position++)
            {
                var tampered = proof.Select(n => (byte[])n.Clone()).ToArray();
                tampered[node][position] ^= 0x01;
                ProofAssert.Rejected(trie.RootHash, key, tampered);
            }
        }
    }

    [Fact]
    public void Proof_checked_against_another_root_is_rejected()
    {
        var trie = Build(Entries);
        var key = Text("dog");
        var proof = trie.GetProof(key);
        trie.Set(Text("cat"), Long(9));

        ProofAssert.Rejected(trie.RootHash, key, proof);
        ProofAssert.Rejected(Keccak256.OfEmptyString, key, proof);
    }

    [Fact]
    public void Proof_missing_a_node_or_carrying_an_extra_one_is_rejected()
    {
        var trie = Build(Entries);
        var key = Hex("0xabcd01");
        var proof = trie.GetProof(key);

        ProofAssert.Rejected(trie.RootHash, key, proof.Take(proof.Count - 1).ToArray());
        ProofAssert.Rejected(trie.RootHash, key, proof.Skip(1).ToArray());
        ProofAssert.Rejected(trie.RootHash, key, [.. proof, proof[^1]]);
        ProofAssert.Rejected(trie.RootHash, key, []);
    }

    [Fact]
    public void Proof_for_one_key_does_not_prove_another_key_present()
    {
        var trie = Build(Entries);
        var proof = trie.GetProof(Hex("0xabcd01"));

        ProofAssert.Rejected(trie.RootHash, Hex("0xabcd02"), proof);
        ProofAssert.Rejected(trie.RootHash, Text("horse"), proof);
    }

    [Fact]
    public void Proof_of_an_empty_trie_is_empty_and_proves_absence()
    {
        var trie = new PatriciaTrie();
        var proof = trie.GetProof(Text("anything"));

        Assert.Empty(proof);
        ProofAssert.Proves(Keccak256.OfEmptyString, Text("anything"), proof, null);
        ProofAssert.Proves(Keccak256.OfEmptyString, Text("anything"), [[0x80]], null);
    }

    [Fact]
    public void Proof_from_a_reopened_trie_equals_the_proof_from_memory()
    {
        using var db = new MemoryDatabase();
        var trie = Build(Entries);
        var (root, _) = Commit(trie, db);
        var reopened = Reopen(db, root);

        foreach (var (key, _) in Entries)
        {
            Assert.Equal(trie.GetProof(key), reopened.GetProof(key));
        }
    }

    [Fact]
    public void Secure_trie_proof_verifies_with_the_unhashed_key()
    {
        var trie = new SecureTrie();
        trie.Set(Text("alice"), Long(1));
        trie.Set(Text("bob"), Long(2));

        var (valid, value) = SecureTrie.VerifyProof(trie.RootHash, Text("alice"), trie.GetProof(Text("alice")));
        var (absentValid, absent) = SecureTrie.VerifyProof(trie.RootHash, Text("carol"), trie.GetProof(Text("carol")));

        Assert.True(valid);
        Assert.Equal(Long(1), value);
        Assert.True(absentValid);
        Assert.Null(absent);
    }
}
