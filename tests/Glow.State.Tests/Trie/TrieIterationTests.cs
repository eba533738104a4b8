using Glow.State.Db;
using Glow.State.Trie;
using static Glow.State.Tests.Trie.TrieFixtures;

namespace Glow.State.Tests.Trie;

public class TrieIterationTests
{
    private static readonly byte[][] Keys =
    [
        [], [0x00], [0x00, 0x00], [0x00, 0x01], [0x01], [0x0f, 0xff], [0x10], [0x7f], [0x80],
        [0x80, 0x00, 0x00], [0xab, 0xcd, 0x01], [0xab, 0xcd, 0x02], [0xab, 0xce], [0xff], [0xff, 0xff, 0xff],
    ];

    private static PatriciaTrie Trie()
    {
        var trie = new PatriciaTrie();
        foreach (var key in Keys.Reverse())
        {
            trie.Set(key, [.. key, 0x42]);
        }

        return trie;
    }

    [Fact]
    public void Enumerate_yields_every_entry_in_unsigned_byte_order_with_its_value()
    {
        var entries = Trie().Enumerate().ToList();

        Assert.Equal(Keys, entries.Select(e => e.Key));
        Assert.All(entries, e => Assert.Equal([.. e.Key, 0x42], e.Value));
    }

    [Theory]
    [InlineData("0x", 0)]
    [InlineData("0x00", 1)]
    [InlineData("0x0000", 2)]
    [InlineData("0x000000", 3)]
    [InlineData("0x0002", 4)]
    [InlineData("0x0f", 5)]
    [InlineData("0x0fff", 5)]
    [InlineData("0x0fff00", 6)]
    [InlineData("0x7e", 7)]
    [InlineData("0x80", 8)]
    [InlineData("0x8000", 9)]
    [InlineData("0xab", 10)]
    [InlineData("0xabcd0100", 11)]
    [InlineData("0xabcd03", 12)]
    [InlineData("0xabce", 12)]
    [InlineData("0xabcf", 13)]
    [InlineData("0xffffff", 14)]
    [InlineData("0xffffff00", 15)]
    public void Enumerate_from_a_start_key_yields_exactly_the_keys_at_or_after_it(string start, int firstIndex)
    {
        var keys = Trie().Enumerate(Hex(start)).Select(e => e.Key).ToList();

        Assert.Equal(Keys.Skip(firstIndex), keys);
    }

    [Fact]
    public void Enumerate_walks_a_trie_reopened_from_the_store()
    {
        using var db = new MemoryDatabase();
        var (root, _) = Commit(Trie(), db);

        Assert.Equal(Keys, Reopen(db, root).Enumerate().Select(e => e.Key));
        Assert.Equal(Keys.Skip(10), Reopen(db, root).Enumerate(Hex("0xab")).Select(e => e.Key));
    }

    [Fact]
    public void Enumerate_of_an_empty_trie_yields_nothing()
    {
        Assert.Empty(new PatriciaTrie().Enumerate());
        Assert.Empty(new PatriciaTrie().Enumerate([0x01]));
    }

    [Fact]
    public void Changing_the_trie_during_enumeration_throws()
    {
        var trie = Trie();

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var entry in trie.Enumerate())
            {
                trie.Set([0x55], [0x01]);
            }
        });
    }
}
