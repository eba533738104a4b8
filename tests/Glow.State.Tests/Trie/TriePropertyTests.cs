using Glow.State.Db;
using Glow.State.Trie;
using static Glow.State.Tests.Trie.TrieFixtures;

namespace Glow.State.Tests.Trie;

/// <summary>
/// Random insert/delete sequences (fixed seeds) against a sorted dictionary and the independent
/// <see cref="ReferenceTrie"/> root, with periodic commits and reopening from the store, so that the operations also
/// run over lazily loaded, shared, clean nodes.
/// </summary>
public class TriePropertyTests
{
    [Theory]
    [InlineData(1, 3, 4, 3000)] // short keys over a tiny alphabet: prefixes, branch values, extension splits
    [InlineData(2, 0, 6, 3000)]
    [InlineData(3, 32, 32, 1500)] // hashed-key shape
    public void Random_inserts_and_deletes_match_the_reference(int seed, int minKeyLength, int maxKeyLength, int operations)
    {
        var random = new Random(seed);
        using var db = new MemoryDatabase();
        var trie = new PatriciaTrie(new TrieNodeStore(db, cacheSlots: 64));
        var expected = new SortedDictionary<byte[], byte[]>(ByteKeyComparer.Instance);
        var known = new List<byte[]>();

        for (var step = 1; step <= operations; step++)
        {
            var key = known.Count > 0 && random.Next(3) == 0 ? known[random.Next(known.Count)] : RandomKey(random, minKeyLength, maxKeyLength);
            if (random.Next(10) < 4)
            {
                trie.Delete(key);
                expected.Remove(key);
            }
            else
            {
                // Short values make embedded nodes; long ones hashed nodes.
                var value = new byte[random.Next(2) == 0 ? random.Next(1, 4) : random.Next(20, 60)];
                random.NextBytes(value);
                trie.Set(key, value);
                expected[key] = value;
                known.Add(key);
            }

            if (step % 100 == 0)
            {
                Assert.Equal(ReferenceTrie.Root(expected), trie.RootHash);
                Assert.All(known.TakeLast(50), k => Assert.Equal(expected.GetValueOrDefault(k), trie.Get(k)));
            }

            if (step % 250 == 0)
            {
                var (root, _) = Commit(trie, db);
                trie = Reopen(db, root);
                Assert.Equal(expected.ToList(), trie.Enumerate().ToList());
                var start = RandomKey(random, minKeyLength, maxKeyLength);
                Assert.Equal(
                    expected.Keys.Where(k => ByteKeyComparer.Instance.Compare(k, start) >= 0),
                    trie.Enumerate(start).Select(e => e.Key));
                var probe = known[random.Next(known.Count)];
                ProofAssert.Proves(root, probe, trie.GetProof(probe), expected.GetValueOrDefault(probe));
            }
        }
    }

    private static byte[] RandomKey(Random random, int minLength, int maxLength)
    {
        var key = new byte[random.Next(minLength, maxLength + 1)];
        for (var i = 0; i < key.Length; i++)
        {
            // A few distinct nibbles make keys collide on long prefixes.
            key[i] = maxLength <= 8 ? (byte)((random.Next(3) << 4) | random.Next(3)) : (byte)random.Next(256);
        }

        return key;
    }
}
