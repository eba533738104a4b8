using System.Runtime.Intrinsics.X86;

namespace Glow.Evm.Tests.Precompiles;

/// <summary>
/// A fact that compares the AVX2 code path with the portable one. On a processor without AVX2 the vector path
/// cannot run, so the test is reported as skipped with this reason, never as passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class Avx2FactAttribute : FactAttribute
{
    public const string MissingReason = "the processor has no AVX2; vector-vs-scalar BLAKE2b comparison not run (the scalar path is the one in use)";

    public Avx2FactAttribute()
    {
        if (!Avx2.IsSupported)
        {
            Skip = MissingReason;
        }
    }
}
