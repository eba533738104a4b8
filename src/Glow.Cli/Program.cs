using System.CommandLine;
using System.CommandLine.Parsing;

namespace Glow.Cli;

/// <summary>The <c>utg</c> entry point: builds the command tree and runs it.</summary>
public static class Program
{
    /// <summary>Runs <c>utg</c> with <paramref name="args"/>; returns the process exit code.</summary>
    /// <remarks>
    /// Ctrl+C and SIGTERM cancel the running command's token (asynchronous invocation); a command then has ten seconds
    /// to stop in order (<c>utg dev</c> finishes the block it is writing and closes the database) before the process ends.
    /// </remarks>
    public static int Main(string[] args) => Run(args, new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(10) });

    /// <summary>
    /// Parses and runs. A command line that does not parse gets one line per problem (<c>error: ...</c>) and a
    /// pointer to <c>--help</c>, exit code 2, instead of the full help text.
    /// </summary>
    internal static int Run(string[] args, InvocationConfiguration console)
    {
        var parsed = CommandTree.Build().Parse(args);
        if (parsed.Errors.Count == 0 || args.Length == 0)
        {
            return parsed.InvokeAsync(console).GetAwaiter().GetResult();
        }

        foreach (var error in parsed.Errors)
        {
            console.Error.WriteLine($"error: {error.Message}");
        }

        var names = new List<string>();
        for (var result = parsed.CommandResult; result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        console.Error.WriteLine($"Run '{string.Join(' ', ["utg", .. names, "--help"])}' for usage.");
        return 2;
    }
}
