using Glow.Core;
using Glow.Evm.Precompiles;

namespace Glow.Evm.Execution;

/// <summary>
/// An <see cref="IPrecompileProvider"/> over a fixed list of (address, precompile) pairs. Addresses are the low
/// bytes of the zero address (0x01, 0x02, ...), so lookup first rejects any address with a non-zero high byte.
/// </summary>
public sealed class PrecompileMap : IPrecompileProvider
{
    private readonly Dictionary<Address, IPrecompile> _byAddress;

    /// <summary>A map of <paramref name="precompiles"/>.</summary>
    public PrecompileMap(IEnumerable<KeyValuePair<Address, IPrecompile>> precompiles)
        : this([], precompiles)
    {
    }

    /// <summary>
    /// A map of <paramref name="precompiles"/> whose warm addresses also include <paramref name="reserved"/>: addresses the
    /// fork assigns to precompiles whether or not an implementation is supplied here.
    /// </summary>
    public PrecompileMap(IEnumerable<Address> reserved, IEnumerable<KeyValuePair<Address, IPrecompile>> precompiles)
    {
        _byAddress = new Dictionary<Address, IPrecompile>(precompiles);
        var addresses = _byAddress.Keys.Union(reserved).ToList();
        addresses.Sort();
        Addresses = addresses;
    }

    /// <summary>A map without precompiles.</summary>
    public static PrecompileMap Empty { get; } = new([]);

    /// <inheritdoc />
    public IReadOnlyList<Address> Addresses { get; }

    /// <summary>The address 0x00…00<paramref name="number"/>, where precompile number <paramref name="number"/> lives.</summary>
    public static Address AddressOf(int number)
    {
        Span<byte> bytes = stackalloc byte[Address.Size];
        bytes.Clear();
        bytes[^2] = (byte)(number >> 8);
        bytes[^1] = (byte)number;
        return new Address(bytes);
    }

    /// <inheritdoc />
    public IPrecompile? Find(in Address address)
    {
        if (_byAddress.Count == 0 || address.Bytes[0] != 0)
        {
            return null;
        }

        return _byAddress.GetValueOrDefault(address);
    }
}
