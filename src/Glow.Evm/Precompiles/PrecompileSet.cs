using System.Diagnostics.CodeAnalysis;
using Glow.Core;
using Glow.Core.Specs;

namespace Glow.Evm.Precompiles;

/// <summary>
/// The precompiled contracts in force under one release spec, by address. Frontier has 0x01–0x04; Byzantium
/// adds modexp and the bn254 operations 0x05–0x08 (EIP-196, 197, 198); Istanbul adds BLAKE2 F at 0x09
/// (EIP-152) and reprices bn254 (EIP-1108); Berlin reprices modexp (EIP-2565); Cancun adds the KZG point
/// evaluation at 0x0a (EIP-4844), which the caller supplies (see <see cref="For"/>).
/// </summary>
/// <remarks>
/// Building a set is cheap but not free; the EVM builds one per release spec and keeps it. All precompiles are
/// stateless, so one set may serve any number of threads.
/// </remarks>
public sealed class PrecompileSet
{
    /// <summary>The highest address byte a precompile of the supported forks uses (0x0a).</summary>
    public const byte MaxIndex = 0x0a;

    private readonly IPrecompile?[] _byIndex;

    private PrecompileSet(IPrecompile?[] byIndex, int highestReserved)
    {
        _byIndex = byIndex;
        var addresses = new List<Address>();
        for (var i = 1; i < byIndex.Length; i++)
        {
            if (byIndex[i] is not null || i <= highestReserved)
            {
                addresses.Add(AddressOf((byte)i));
            }
        }

        Addresses = addresses;
    }

    /// <summary>ecrecover.</summary>
    public static Address EcRecoverAddress => AddressOf(0x01);

    /// <summary>SHA-256.</summary>
    public static Address Sha256Address => AddressOf(0x02);

    /// <summary>RIPEMD-160.</summary>
    public static Address Ripemd160Address => AddressOf(0x03);

    /// <summary>Identity.</summary>
    public static Address IdentityAddress => AddressOf(0x04);

    /// <summary>Modular exponentiation (EIP-198).</summary>
    public static Address ModExpAddress => AddressOf(0x05);

    /// <summary>bn254 addition (EIP-196).</summary>
    public static Address Bn254AddAddress => AddressOf(0x06);

    /// <summary>bn254 scalar multiplication (EIP-196).</summary>
    public static Address Bn254MulAddress => AddressOf(0x07);

    /// <summary>bn254 pairing check (EIP-197).</summary>
    public static Address Bn254PairingAddress => AddressOf(0x08);

    /// <summary>BLAKE2 F (EIP-152).</summary>
    public static Address Blake2FAddress => AddressOf(0x09);

    /// <summary>KZG point evaluation (EIP-4844).</summary>
    public static Address PointEvaluationAddress => AddressOf(0x0a);

    /// <summary>
    /// Every precompile address of the fork, in ascending order: all are warm from the start of a transaction
    /// (EIP-2929). This includes 0x0a from Cancun even when no point-evaluation implementation was supplied.
    /// </summary>
    public IReadOnlyList<Address> Addresses { get; }

    /// <summary>
    /// The precompiles of <paramref name="spec"/>. <paramref name="pointEvaluation"/> is the EIP-4844 point
    /// evaluation precompile, registered at 0x0a when <see cref="ReleaseSpec.IsEip4844Enabled"/>; it lives with
    /// the KZG code and is passed in by the composition root. Without it a Cancun set has no 0x0a (calls there
    /// behave as calls to an empty account, though the address stays in <see cref="Addresses"/>), so Cancun
    /// execution must always supply it.
    /// </summary>
    public static PrecompileSet For(ReleaseSpec spec, IPrecompile? pointEvaluation = null)
    {
        var byIndex = new IPrecompile?[MaxIndex + 1];
        byIndex[0x01] = EcRecoverPrecompile.Instance;
        byIndex[0x02] = Sha256Precompile.Instance;
        byIndex[0x03] = Ripemd160Precompile.Instance;
        byIndex[0x04] = IdentityPrecompile.Instance;
        if (spec.IsEip198Enabled)
        {
            byIndex[0x05] = spec.IsEip2565Enabled ? ModExpPrecompile.Berlin : ModExpPrecompile.Byzantium;
        }

        if (spec.IsEip196Enabled)
        {
            byIndex[0x06] = spec.IsEip1108Enabled ? Bn254AddPrecompile.Istanbul : Bn254AddPrecompile.Byzantium;
            byIndex[0x07] = spec.IsEip1108Enabled ? Bn254MulPrecompile.Istanbul : Bn254MulPrecompile.Byzantium;
        }

        if (spec.IsEip197Enabled)
        {
            byIndex[0x08] = spec.IsEip1108Enabled ? Bn254PairingPrecompile.Istanbul : Bn254PairingPrecompile.Byzantium;
        }

        if (spec.IsEip152Enabled)
        {
            byIndex[0x09] = Blake2FPrecompile.Instance;
        }

        var highestReserved = 0;
        if (spec.IsEip4844Enabled)
        {
            byIndex[0x0a] = pointEvaluation;
            highestReserved = 0x0a;
        }

        return new PrecompileSet(byIndex, highestReserved);
    }

    /// <summary>The address 0x00…00<paramref name="index"/>.</summary>
    public static Address AddressOf(byte index)
    {
        Span<byte> bytes = stackalloc byte[Address.Size];
        bytes.Clear();
        bytes[^1] = index;
        return new Address(bytes);
    }

    /// <summary>The precompile at <paramref name="address"/>, if the set has one there.</summary>
    public bool TryGet(in Address address, [NotNullWhen(true)] out IPrecompile? precompile)
    {
        var bytes = address.Bytes;
        var index = bytes[^1];
        if (index >= _byIndex.Length || bytes[..^1].ContainsAnyExcept((byte)0))
        {
            precompile = null;
            return false;
        }

        precompile = _byIndex[index];
        return precompile is not null;
    }

    /// <summary>The precompile at <paramref name="address"/>, or null when there is none.</summary>
    public IPrecompile? Find(in Address address) => TryGet(address, out var precompile) ? precompile : null;

    /// <summary>True when <paramref name="address"/> holds a precompile in this set.</summary>
    public bool Contains(in Address address) => TryGet(address, out _);
}
