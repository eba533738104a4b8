using System.CommandLine;
using Glow.Cli.Commands;

namespace Glow.Cli;

/// <summary>The command tree of <c>utg</c>. Each subcommand lives in its own file under <c>Commands/</c>.</summary>
internal static class CommandTree
{
    public static RootCommand Build()
    {
        var root = new RootCommand("utg: the UltronGlow node and its tools");
        root.Subcommands.Add(DevCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(TxTestCommand.Create());
        root.Subcommands.Add(StateTestCommand.Create());
        root.Subcommands.Add(BlockTestCommand.Create());
        root.Subcommands.Add(RpcTestCommand.Create());
        root.Subcommands.Add(TxCommand.Create());
        root.Subcommands.Add(RlpTestCommand.Create());
        root.Subcommands.Add(RlpCommand.Create());
        return root;
    }
}
