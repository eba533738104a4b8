using System.CommandLine;
using Glow.Cli.Bench;

namespace Glow.Cli.Commands;

/// <summary><c>utg bench NAME [--rounds N]</c>: quick benchmarks whose last line is the median figure.</summary>
internal static class BenchCommand
{
    /// <summary>Every quick benchmark, by name.</summary>
    public static IReadOnlyList<IQuickBenchmark> All { get; } =
    [
        new KeccakBenchmark(),
        new EcrecoverBenchmark(),
        new StateBenchmark(),
        new StateMoveBenchmark(),
        new EvmBenchmark(),
        new ChainBenchmark(),
        new RpcBenchmark(),
    ];

    public static Command Create()
    {
        var name = new Argument<string>("name")
        {
            Description = "Which benchmark: " + string.Join(", ", All.Select(b => b.Name)),
        };
        var rounds = new Option<int>("--rounds")
        {
            Description = "Timed rounds (the median of them is reported)",
            DefaultValueFactory = _ => 7,
        };
        var size = new Option<int?>("--size")
        {
            Description = "Workload size for benchmarks that have one (state: accounts, default 1,000,000)",
        };
        var noReference = new Option<bool>("--no-reference")
        {
            Description = "Skip the reference implementation run side by side (ethereumjs, libsecp256k1)",
        };
        var command = new Command("bench", "Run a quick benchmark and print its median as the last line") { name, rounds, size, noReference };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var wanted = parse.GetValue(name)!;
            var benchmark = All.FirstOrDefault(b => string.Equals(b.Name, wanted, StringComparison.OrdinalIgnoreCase));
            if (benchmark is null)
            {
                parse.InvocationConfiguration.Error.WriteLine(
                    $"error: unknown benchmark '{wanted}'; choose one of: {string.Join(", ", All.Select(b => b.Name))}");
                return 2;
            }

            var count = parse.GetValue(rounds);
            if (count < 1)
            {
                parse.InvocationConfiguration.Error.WriteLine("error: --rounds must be at least 1");
                return 2;
            }

            var workload = parse.GetValue(size);
            if (workload is < 1)
            {
                parse.InvocationConfiguration.Error.WriteLine("error: --size must be at least 1");
                return 2;
            }

            output.WriteLine($"{benchmark.Name}: {benchmark.Description}");
            benchmark.Run(new BenchOptions(count, workload, !parse.GetValue(noReference)), output);
            return 0;
        });
        return command;
    }
}
