namespace Glow.Cli.Bench;

/// <summary>Throughput of one benchmark contract: median MGas/s by wall clock and by process CPU time, and the execution gas of a round.</summary>
/// <param name="Wall">Million gas per wall-clock second.</param>
/// <param name="Cpu">Million gas per second of process CPU time.</param>
/// <param name="Gas">Execution gas of one round.</param>
internal readonly record struct EvmRate(double Wall, double Cpu, ulong Gas);
