using Glow.Core;
using Glow.Core.Specs;
using Glow.Evm.Execution;

namespace Glow.Conformance.State;

/// <summary>
/// The precompiles the state tests run with. Until the precompile implementations are wired in, the addresses a fork
/// reserves for precompiles are warm (EIP-2929) but calls to them behave as calls to accounts without code.
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

        return new PrecompileMap(reserved, []);
    }
}
