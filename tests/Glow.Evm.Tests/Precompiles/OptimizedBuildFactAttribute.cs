namespace Glow.Evm.Tests.Precompiles;

/// <summary>
/// A fact too slow to run without JIT optimisation: in a Debug build it is reported as skipped with this reason.
/// CI and the README run the tests with <c>-c Release</c>, where it runs.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OptimizedBuildFactAttribute : FactAttribute
{
    public const string DebugReason = "needs minutes of CPU without optimisation (Debug build); runs with dotnet test -c Release, as in CI";

    public OptimizedBuildFactAttribute()
    {
#if DEBUG
        Skip = DebugReason;
#endif
    }
}
