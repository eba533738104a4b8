namespace Glow.Cli.Bench;

/// <summary>
/// A benchmark small enough to run from <c>utg bench NAME</c>: it prints what it measures and ends with one
/// line holding its headline figure (a median), so scripts can read the last line.
/// </summary>
internal interface IQuickBenchmark
{
    /// <summary>The name typed after <c>utg bench</c>.</summary>
    string Name { get; }

    /// <summary>One line saying what is measured.</summary>
    string Description { get; }

    /// <summary>Runs the benchmark as <paramref name="options"/> ask, writing progress and figures to <paramref name="output"/>.</summary>
    void Run(BenchOptions options, TextWriter output);
}
