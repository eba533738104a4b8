using Glow.Core;
using Glow.Core.Specs;
using Glow.Evm.Execution;
using Glow.Evm.Precompiles;
using Glow.Evm.Precompiles.Kzg;

namespace Glow.Conformance.State;

/// <summary>
/// The precompiles the state tests run with: every address the fork reserves for a precompile is warm (EIP-2929); the
/// implementations available so far are wired in (the KZG point evaluation, 0x0a, from Cancun on). Addresses without an
/// implementation behave as accounts without code until the precompiles 0x01–0x09 are merged.
/// </summary>
public static class StatePrecompiles
{
    /// <summary>The provider for <paramref name="spec"/>.</summary>
    public static IPrecompileProvider For(ReleaseSpec spec)
    {
        var count = spec.IsEip4844Enabled ? 10 : spec.IsEip152Enabled ? 9 : spec.IsEip196Enabled ? 8 : 4;
        var reserved = new List<Address>();
        for (var i = 1; i <= count; i++)
        {
            reserved.Add(PrecompileMap.AddressOf(i));
        }

        var implemented = new Dictionary<Address, IPrecompile>();
        if (spec.IsEip4844Enabled)
        {
            implemented[PrecompileMap.AddressOf(0x0a)] = PointEvaluationPrecompile.Instance;
        }

        return new PrecompileMap(reserved, implemented);
    }
}
