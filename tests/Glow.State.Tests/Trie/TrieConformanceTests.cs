using System.Text;
using System.Text.Json;
using Glow.Core;
using Glow.Core.Crypto;
using Glow.State.Db;
using Glow.State.Trie;
using Glow.TestKit;

namespace Glow.State.Tests.Trie;

/// <summary>
/// Every case of <c>ethereum-tests/TrieTests</c>. Beyond the expected root, each built trie is checked against the
/// reference computation, committed, reopened from the store, enumerated, and every key proven.
/// </summary>
public class TrieConformanceTests
{
    private const string Ordered = "trietest.json";
    private const string OrderedSecure = "trietest_secureTrie.json";
    private const string AnyOrder = "trieanyorder.json";
    private const string AnyOrderSecure = "trieanyorder_secureTrie.json";
    private const string HexSecure = "hex_encoded_securetrie_test.json";
    private const string NextPrev = "trietestnextprev.json";

    private static readonly string[] Files = [Ordered, OrderedSecure, AnyOrder, AnyOrderSecure, HexSecure, NextPrev];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Files)
        {
            foreach (var property in Load(file).EnumerateObject())
            {
                data.Add(file, property.Name);
            }
        }

        return data;
    }

    [Fact]
    public void The_suite_holds_all_26_cases_of_the_six_files()
    {
        Assert.Equal(26, Cases().Count);
        Assert.Equal(
            Files.Order(StringComparer.Ordinal),
            Directory.GetFiles(RepoPaths.EthereumTests("TrieTests"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_passes(string file, string name)
    {
        var test = Load(file).GetProperty(name);
        if (file == NextPrev)
        {
            CheckNeighbours(test);
            return;
        }

        var secure = file is OrderedSecure or AnyOrderSecure or HexSecure;
        var expectedRoot = Hash256.Parse(test.GetProperty("root").GetString());
        var operations = Operations(test.GetProperty("in"));
        CheckBuild(operations, secure, expectedRoot);
        if (file is AnyOrder or AnyOrderSecure or HexSecure)
        {
            var reversed = operations.AsEnumerable().Reverse().ToList();
            CheckBuild(reversed, secure, expectedRoot);
            var shuffled = operations.ToArray();
            new Random(7).Shuffle(shuffled);
            CheckBuild(shuffled, secure, expectedRoot);
        }
    }

    private static void CheckBuild(IReadOnlyList<(byte[] Key, byte[]? Value)> operations, bool secure, Hash256 expectedRoot)
    {
        var trie = secure ? new SecureTrie() : null;
        var plain = trie?.Inner ?? new PatriciaTrie();
        var expected = new SortedDictionary<byte[], byte[]>(ByteKeyComparer.Instance);
        foreach (var (key, value) in operations)
        {
            var trieKey = secure ? Keccak256.ComputeBytes(key) : key;
            if (value is null)
            {
                if (trie is null)
                {
                    plain.Delete(key);
                }
                else
                {
                    trie.Delete(key);
                }

                expected.Remove(trieKey);
            }
            else
            {
                if (trie is null)
                {
                    plain.Set(key, value);
                }
                else
                {
                    trie.Set(key, value);
                }

                expected[trieKey] = value;
            }
        }

        Assert.Equal(expectedRoot, plain.RootHash);
        Assert.Equal(expectedRoot, ReferenceTrie.Root(expected));
        foreach (var (key, value) in operations)
        {
            var stored = secure ? trie!.Get(key) : plain.Get(key);
            Assert.Equal(expected.GetValueOrDefault(secure ? Keccak256.ComputeBytes(key) : key), stored);
        }

        using var db = new MemoryDatabase();
        using (var batch = db.StartBatch())
        {
            Assert.Equal(expectedRoot, plain.Commit(batch));
            batch.Commit();
        }

        var reopened = new PatriciaTrie(new TrieNodeStore(db), expectedRoot);
        Assert.Equal(expectedRoot, reopened.RootHash);
        Assert.Equal(expected.ToList(), reopened.Enumerate().ToList());
        foreach (var (key, value) in expected)
        {
            Assert.Equal(value, reopened.Get(key));
            ProofAssert.Proves(expectedRoot, key, reopened.GetProof(key), value);
            byte[] absent = [.. key, 0x00];
            ProofAssert.Proves(expectedRoot, absent, reopened.GetProof(absent), null);
        }
    }

    /// <summary>
    /// <c>trietestnextprev.json</c>: after inserting the keys, each test names a key and its neighbours in key order,
    /// the greatest key before it and the least key after it (empty when there is none).
    /// </summary>
    private static void CheckNeighbours(JsonElement test)
    {
        var trie = new PatriciaTrie();
        foreach (var key in test.GetProperty("in").EnumerateArray())
        {
            var bytes = TrieTestData.Bytes(key.GetString()!);
            trie.Set(bytes, bytes);
        }

        var checkedCount = 0;
        foreach (var row in test.GetProperty("tests").EnumerateArray())
        {
            var key = TrieTestData.Bytes(row[0].GetString()!);
            var previous = trie.Enumerate().Select(e => e.Key).LastOrDefault(k => ByteKeyComparer.Instance.Compare(k, key) < 0) ?? [];
            var next = trie.Enumerate(key).Select(e => e.Key).FirstOrDefault(k => !k.AsSpan().SequenceEqual(key)) ?? [];
            Assert.Equal(row[1].GetString(), Encoding.UTF8.GetString(previous));
            Assert.Equal(row[2].GetString(), Encoding.UTF8.GetString(next));
            checkedCount++;
        }

        Assert.Equal(12, checkedCount);
    }

    /// <summary>The <c>in</c> field: an ordered list of [key, value-or-null] pairs, or an object of key to value.</summary>
    private static List<(byte[] Key, byte[]? Value)> Operations(JsonElement input)
    {
        var operations = new List<(byte[] Key, byte[]? Value)>();
        if (input.ValueKind == JsonValueKind.Array)
        {
            foreach (var pair in input.EnumerateArray())
            {
                var value = pair[1].ValueKind == JsonValueKind.Null ? null : TrieTestData.Bytes(pair[1].GetString()!);
                operations.Add((TrieTestData.Bytes(pair[0].GetString()!), value));
            }
        }
        else
        {
            foreach (var property in input.EnumerateObject())
            {
                operations.Add((TrieTestData.Bytes(property.Name), TrieTestData.Bytes(property.Value.GetString()!)));
            }
        }

        Assert.NotEmpty(operations);
        return operations;
    }

    private static JsonElement Load(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoPaths.EthereumTests("TrieTests", file)));
        return document.RootElement.Clone();
    }
}
