using Glow.Core.Specs;
using Glow.Evm.Execution;
using Glow.Evm.Precompiles;
using Glow.Evm.Precompiles.Kzg;

namespace Glow.Conformance.State;

/// <summary>The precompiles the state tests run with: every precompile of the fork, the KZG point evaluation (0x0a) from Cancun on.</summary>
public static class StatePrecompiles
{
    /// <summary>The provider for <paramref name="spec"/>.</summary>
    public static IPrecompileProvider For(ReleaseSpec spec) => new PrecompileSetProvider(PrecompileSet.For(spec, PointEvaluationPrecompile.Instance));
}
