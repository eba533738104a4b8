namespace Glow.Cli;

/// <summary>The <c>utg</c> entry point: builds the command tree and runs it.</summary>
public static class Program
{
    /// <summary>Runs <c>utg</c> with <paramref name="args"/>; returns the process exit code.</summary>
    public static int Main(string[] args) => CommandTree.Build().Parse(args).Invoke();
}
