using Glow.Core;
using Glow.Evm.Precompiles;

namespace Glow.Evm.Execution;

/// <summary>The precompiles of a <see cref="PrecompileSet"/>, as the call instructions look them up.</summary>
public sealed class PrecompileSetProvider : IPrecompileProvider
{
    private readonly PrecompileSet _set;

    /// <summary>A provider over <paramref name="set"/>.</summary>
    public PrecompileSetProvider(PrecompileSet set) => _set = set;

    /// <inheritdoc />
    public IReadOnlyList<Address> Addresses => _set.Addresses;

    /// <inheritdoc />
    public IPrecompile? Find(in Address address) => address.Bytes[0] == 0 && _set.TryGet(address, out var precompile) ? precompile : null;
}
