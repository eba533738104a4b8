using Glow.Core;
using Glow.Core.Chain;
using Glow.Node.Chain;
using Glow.Node.Replay;
using Glow.TestKit;

namespace Glow.Node.Tests.Replay;

public class ReplayNodeTests
{
    [Fact]
    public void Imports_the_execution_apis_chain_to_the_head_its_forkchoice_names()
    {
        var genesis = EthereumGenesis.Parse(File.ReadAllText(RepoPaths.ExecutionApis("genesis.json")));
        using var node = ReplayNode.Open(genesis, null, TimeProvider.System);
        using var file = File.OpenRead(RepoPaths.ExecutionApis("chain.rlp"));
        var blocks = ChainFile.Read(file).ToList();
        Assert.Equal(node.Tree.Head.Hash, blocks[0].Header.ParentHash);

        var imported = node.Import(blocks);

        Assert.Equal(blocks.Count, imported);
        using var fcu = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepoPaths.ExecutionApis("headfcu.json")));
        var head = fcu.RootElement.GetProperty("params")[0].GetProperty("headBlockHash").GetString()!;
        Assert.Equal(Hash256.Parse(head), node.Tree.Head.Hash);
    }
}
