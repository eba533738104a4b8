using Glow.Evm.Precompiles.Bn254;

namespace Glow.Evm.Precompiles;

/// <summary>
/// 0x07 bn254 scalar multiplication (EIP-196, Byzantium). Input, zero-padded to 96 bytes (excess ignored): a G1
/// point x ‖ y and a 32-byte big-endian scalar (any 256-bit value). An invalid point fails the call. Output: the
/// product, 64 bytes. Gas: 40,000, or 6,000 from EIP-1108.
/// </summary>
public sealed class Bn254MulPrecompile : IPrecompile
{
    /// <summary>The EIP-196 price.</summary>
    public const long ByzantiumGas = 40_000;

    /// <summary>The EIP-1108 (Istanbul) price.</summary>
    public const long IstanbulGas = 6_000;

    private readonly long _gas;

    private Bn254MulPrecompile(long gas) => _gas = gas;

    /// <summary>Priced as in Byzantium.</summary>
    public static Bn254MulPrecompile Byzantium { get; } = new(ByzantiumGas);

    /// <summary>Priced as from Istanbul (EIP-1108).</summary>
    public static Bn254MulPrecompile Istanbul { get; } = new(IstanbulGas);

    /// <inheritdoc />
    public long GasCost(ReadOnlySpan<byte> input) => _gas;

    /// <inheritdoc />
    public bool TryRun(ReadOnlySpan<byte> input, out byte[] output)
    {
        Span<byte> padded = stackalloc byte[96];
        PrecompileInput.CopyPadded(input, 0, padded);
        if (!G1Point.TryDecode(padded[..64], out var point))
        {
            output = [];
            return false;
        }

        output = new byte[64];
        G1Point.Multiply(point, padded[64..]).Encode(output);
        return true;
    }
}
