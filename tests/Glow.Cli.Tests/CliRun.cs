using System.CommandLine;

namespace Glow.Cli.Tests;

/// <summary>Runs <c>utg</c> in-process with standard output and error captured.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Program.Run(args, new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The output's lines, without the empty one after the final newline.</summary>
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
