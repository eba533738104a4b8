using Glow.Core.Blocks;
using Glow.Core.Crypto;
using Glow.Core.Rlp;
using Glow.State.Trie;

namespace Glow.State.Tests.Trie;

/// <summary>
/// <see cref="OrderedTrie"/> (Core's stateless root of a list, for block roots) against the node's Patricia trie holding
/// the same <c>rlp(index) → value</c> entries: two independent constructions must give the same root.
/// </summary>
public class OrderedTrieTests
{
    [Fact]
    public void The_root_of_an_empty_list_is_the_empty_tries()
    {
        Assert.Equal(Keccak256.OfEmptyString, OrderedTrie.RootOf([]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(16)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(129)]
    [InlineData(300)]
    [InlineData(1000)]
    public void The_root_of_a_list_is_the_patricia_tries_of_its_indexed_entries(int count)
    {
        var random = new Random(count);
        var values = new byte[count][];
        var trie = new PatriciaTrie();
        for (var i = 0; i < count; i++)
        {
            // Short values make embedded (< 32-byte) nodes, long ones hashed nodes; mix both.
            values[i] = new byte[random.Next(1, 3) == 1 ? random.Next(1, 8) : random.Next(30, 120)];
            random.NextBytes(values[i]);
            trie.Set(RlpEncoding.EncodeUInt64((ulong)i), values[i]);
        }

        Assert.Equal(trie.RootHash, OrderedTrie.RootOf(values));
    }

    [Fact]
    public void The_root_of_encoded_items_is_the_root_of_their_encodings()
    {
        var withdrawals = new[] { new Withdrawal(0, 1, default, 5), new Withdrawal(1, 2, default, 6) };
        Assert.Equal(OrderedTrie.RootOf([.. withdrawals.Select(BlockCodec.EncodeWithdrawal)]), OrderedTrie.RootOf(withdrawals, BlockCodec.EncodeWithdrawal));
    }
}
