using Glow.Core;
using Glow.Core.Specs;
using Glow.Evm.Execution;
using Glow.Evm.Precompiles;
using Glow.Evm.Precompiles.Kzg;

namespace Glow.Conformance.Blocks;

/// <summary>The precompiles the blockchain tests run with: every one of the fork (<see cref="PrecompileSet"/>), with our KZG point evaluation at 0x0a.</summary>
public static class BlockPrecompiles
{
    /// <summary>The provider for <paramref name="spec"/>.</summary>
    public static IPrecompileProvider For(ReleaseSpec spec)
    {
        var set = PrecompileSet.For(spec, PointEvaluationPrecompile.Instance);
        var implemented = new List<KeyValuePair<Address, IPrecompile>>();
        foreach (var address in set.Addresses)
        {
            if (set.Find(address) is { } precompile)
            {
                implemented.Add(new(address, precompile));
            }
        }

        return new PrecompileMap(set.Addresses, implemented);
    }
}
