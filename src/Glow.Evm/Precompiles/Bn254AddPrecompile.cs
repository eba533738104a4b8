using Glow.Evm.Precompiles.Bn254;

namespace Glow.Evm.Precompiles;

/// <summary>
/// 0x06 bn254 point addition (EIP-196, Byzantium). Input, zero-padded to 128 bytes (excess ignored): two G1
/// points x ‖ y, each coordinate a 32-byte big-endian integer below p, (0, 0) for infinity. A coordinate out of
/// range or a point off the curve fails the call. Output: the sum, 64 bytes. Gas: 500, or 150 from EIP-1108.
/// </summary>
public sealed class Bn254AddPrecompile : IPrecompile
{
    /// <summary>The EIP-196 price.</summary>
    public const long ByzantiumGas = 500;

    /// <summary>The EIP-1108 (Istanbul) price.</summary>
    public const long IstanbulGas = 150;

    private readonly long _gas;

    private Bn254AddPrecompile(long gas) => _gas = gas;

    /// <summary>Priced as in Byzantium.</summary>
    public static Bn254AddPrecompile Byzantium { get; } = new(ByzantiumGas);

    /// <summary>Priced as from Istanbul (EIP-1108).</summary>
    public static Bn254AddPrecompile Istanbul { get; } = new(IstanbulGas);

    /// <inheritdoc />
    public long GasCost(ReadOnlySpan<byte> input) => _gas;

    /// <inheritdoc />
    public bool TryRun(ReadOnlySpan<byte> input, out byte[] output)
    {
        Span<byte> padded = stackalloc byte[128];
        PrecompileInput.CopyPadded(input, 0, padded);
        if (!G1Point.TryDecode(padded[..64], out var a) || !G1Point.TryDecode(padded[64..], out var b))
        {
            output = [];
            return false;
        }

        output = new byte[64];
        G1Point.Add(a, b).Encode(output);
        return true;
    }
}
