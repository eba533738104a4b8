using System.CommandLine;

namespace Glow.Cli;

/// <summary>The command tree of <c>utg</c>. Each subcommand lives in its own file under <c>Commands/</c>.</summary>
internal static class Commands
{
    public static RootCommand Build()
    {
        var root = new RootCommand("utg: the UltronGlow node and its tools");
        root.Subcommands.Add(RlpTestCommand.Create());
        root.Subcommands.Add(RlpCommand.Create());
        return root;
    }
}
