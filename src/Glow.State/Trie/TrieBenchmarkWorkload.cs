using System.Buffers.Binary;
using Glow.Core;
using Glow.Core.Crypto;
using Glow.Core.Db;
using Glow.Core.Numerics;
using Glow.Core.Rlp;

namespace Glow.State.Trie;

/// <summary>
/// The deterministic trie workload shared by the benchmarks, <c>utg bench</c> and the ethereumjs comparison
/// (<c>benchmarks/js/trie-root.mjs</c> generates the same entries): entry <c>i</c> has the key
/// keccak256(<c>i</c> as 8 bytes big-endian) and the account RLP [nonce = i, balance = i·10^18, storage root =
/// empty trie, code hash = keccak256 of nothing]. The keys are already hashes, so they go into a plain
/// <see cref="PatriciaTrie"/>; the trie equals a <see cref="SecureTrie"/> keyed by the 8-byte indices.
/// </summary>
public static class TrieBenchmarkWorkload
{
    /// <summary>Root of the first 10,000 entries, as ethereumjs (@ethereumjs/mpt 10.1.3) computes it.</summary>
    public static readonly Hash256 RootOf10000 = Hash256.Parse("0x99bc9c66d3fe83ea5c9376d5f0e249955f7b2eb5e5e765672e2846efe623cce6");

    /// <summary>Root of the first 1,000,000 entries, as ethereumjs (@ethereumjs/mpt 10.1.3) computes it.</summary>
    public static readonly Hash256 RootOf1000000 = Hash256.Parse("0xdb911aa6d5ee78464c30ca5727c80ceca0b7484e56429fc00fbf8526e8a34ba9");

    /// <summary>The ethereumjs root for <paramref name="count"/> entries when it is recorded here, else null.</summary>
    public static Hash256? KnownRoot(int count) => count switch
    {
        10_000 => RootOf10000,
        1_000_000 => RootOf1000000,
        _ => null,
    };

    private const ulong WeiPerEther = 1_000_000_000_000_000_000;

    /// <summary>The key of entry <paramref name="index"/>: keccak256 of the index as 8 bytes big-endian.</summary>
    public static byte[] Key(ulong index)
    {
        Span<byte> be = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(be, index);
        return Keccak256.ComputeBytes(be);
    }

    /// <summary>The value of entry <paramref name="index"/>: the RLP of an account without code or storage.</summary>
    public static byte[] Value(ulong index)
    {
        var balance = new UInt256(index) * new UInt256(WeiPerEther);
        var content = RlpEncoding.LengthOf(index) + RlpEncoding.LengthOf(balance) + (2 * RlpEncoding.HashLength);
        var result = new byte[RlpEncoding.LengthOfList(content)];
        var writer = new RlpWriter(result);
        writer.WriteListHeader(content);
        writer.WriteUInt64(index);
        writer.WriteUInt256(balance);
        writer.WriteHash(Keccak256.OfEmptyString);
        writer.WriteHash(Keccak256.OfEmpty);
        return result;
    }

    /// <summary>Entries 0 .. <paramref name="count"/> - 1, generated on both cores.</summary>
    public static KeyValuePair<byte[], byte[]>[] Generate(int count)
    {
        var entries = new KeyValuePair<byte[], byte[]>[count];
        Parallel.For(0, count, i => entries[i] = new(Key((ulong)i), Value((ulong)i)));
        return entries;
    }

    /// <summary>Inserts <paramref name="entries"/> into <paramref name="trie"/> in order.</summary>
    public static void Insert(PatriciaTrie trie, KeyValuePair<byte[], byte[]>[] entries)
    {
        foreach (var (key, value) in entries)
        {
            trie.Set(key, value);
        }
    }

    /// <summary>
    /// Builds a new trie of <paramref name="entries"/> over <paramref name="database"/>, commits it in one batch
    /// and returns the root.
    /// </summary>
    public static Hash256 BuildAndCommit(IDatabase database, KeyValuePair<byte[], byte[]>[] entries)
    {
        var trie = new PatriciaTrie(new TrieNodeStore(database));
        Insert(trie, entries);
        using var batch = database.StartBatch();
        var root = trie.Commit(batch);
        batch.Commit();
        return root;
    }
}
