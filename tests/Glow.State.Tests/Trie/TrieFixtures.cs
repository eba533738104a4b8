using System.Text;
using Glow.Core;
using Glow.Core.Db;
using Glow.State.Db;
using Glow.State.Trie;

namespace Glow.State.Tests.Trie;

internal static class TrieFixtures
{
    public static byte[] Hex(string hex) => Glow.Core.Encoding.Hex.Decode(hex);

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A value long enough that a leaf holding it is stored by hash, not embedded.</summary>
    public static byte[] Long(byte seed) => Enumerable.Repeat(seed, 40).ToArray();

    public static PatriciaTrie Build(params (byte[] Key, byte[] Value)[] entries)
    {
        var trie = new PatriciaTrie();
        foreach (var (key, value) in entries)
        {
            trie.Set(key, value);
        }

        return trie;
    }

    /// <summary>Commits <paramref name="trie"/> into <paramref name="db"/> and returns the root and the number of nodes written.</summary>
    public static (Hash256 Root, int Written) Commit(PatriciaTrie trie, IDatabase db)
    {
        using var batch = db.StartBatch();
        var root = trie.Commit(batch);
        var written = batch.Count;
        batch.Commit();
        return (root, written);
    }

    public static PatriciaTrie Reopen(MemoryDatabase db, Hash256 root) => new(new TrieNodeStore(db), root);
}
