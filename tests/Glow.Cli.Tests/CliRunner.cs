using System.CommandLine;

namespace Glow.Cli.Tests;

/// <summary>Runs the <c>utg</c> command tree in-process with captured output.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var code = CommandTree.Build().Parse(args).Invoke(configuration);
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
    }
}
