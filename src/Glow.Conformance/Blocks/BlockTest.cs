using System.Text.Json;
using Glow.Conformance.State;
using Glow.Core;
using Glow.Core.Chain;

namespace Glow.Conformance.Blocks;

/// <summary>
/// One test of a BlockchainTests file, parsed: the network, the genesis block and pre-state, the blocks to import in
/// order (each as RLP, with the exception it must be rejected for, if any), and the expected head and post-state.
/// </summary>
internal sealed class BlockTest
{
    private BlockTest(string name, string network)
    {
        Name = name;
        Network = network;
    }

    public string Name { get; }

    /// <summary>The fork the test runs under (<c>Cancun</c>, <c>Shanghai</c>, <c>ShanghaiToCancunAtTime15k</c>, ...).</summary>
    public string Network { get; }

    public byte[] GenesisRlp { get; private init; } = [];

    /// <summary>The hash the suite gives for the genesis header.</summary>
    public Hash256 GenesisHash { get; private init; }

    public IReadOnlyDictionary<Address, GenesisAccount> Pre { get; private init; } = new Dictionary<Address, GenesisAccount>();

    public IReadOnlyList<TestBlock> Blocks { get; private init; } = [];

    /// <summary>The hash of the head after every block was imported.</summary>
    public Hash256 LastBlockHash { get; private init; }

    /// <summary>Every account of the state after the head, when the test lists them.</summary>
    public IReadOnlyDictionary<Address, GenesisAccount>? PostState { get; private init; }

    /// <summary>The state root after the head, when the test gives only that.</summary>
    public Hash256? PostStateHash { get; private init; }

    /// <summary>Reads only the name and network (enough to skip a test of another fork).</summary>
    public static string NetworkOf(JsonElement test) => test.GetProperty("network").GetString() ?? throw new InvalidDataException("network is null");

    /// <summary>Parses one test object.</summary>
    public static BlockTest Parse(string name, JsonElement test)
    {
        var blocks = new List<TestBlock>();
        foreach (var block in test.GetProperty("blocks").EnumerateArray())
        {
            blocks.Add(new TestBlock(
                StateTestJson.BytesOf(block.GetProperty("rlp")),
                block.TryGetProperty("expectException", out var exception) ? exception.GetString() : null));
        }

        return new BlockTest(name, NetworkOf(test))
        {
            GenesisRlp = StateTestJson.BytesOf(test.GetProperty("genesisRLP")),
            GenesisHash = StateTestJson.HashOf(test.GetProperty("genesisBlockHeader").GetProperty("hash")),
            Pre = GenesisAlloc.Parse(test.GetProperty("pre")),
            Blocks = blocks,
            LastBlockHash = StateTestJson.HashOf(test.GetProperty("lastblockhash")),
            PostState = test.TryGetProperty("postState", out var post) ? GenesisAlloc.Parse(post) : null,
            PostStateHash = test.TryGetProperty("postStateHash", out var postHash) ? StateTestJson.HashOf(postHash) : null,
        };
    }

    /// <summary>A block to import: its RLP, and the suite's exception names (<c>A|B</c>) when it must be rejected.</summary>
    public sealed record TestBlock(byte[] Rlp, string? ExpectException);
}
