using System.Security.Cryptography;

namespace Glow.Evm.Precompiles;

/// <summary>0x02 SHA-256 of the input (yellow paper, appendix E). Gas: 60 + 12 per 32-byte word.</summary>
public sealed class Sha256Precompile : IPrecompile
{
    /// <summary>The base price of a call.</summary>
    public const long BaseGas = 60;

    /// <summary>The price of each 32-byte word of input, rounded up.</summary>
    public const long WordGas = 12;

    /// <summary>The one instance (the precompile is stateless).</summary>
    public static Sha256Precompile Instance { get; } = new();

    /// <inheritdoc />
    public long GasCost(ReadOnlySpan<byte> input) => BaseGas + (WordGas * PrecompileInput.Words(input.Length));

    /// <inheritdoc />
    public bool TryRun(ReadOnlySpan<byte> input, out byte[] output)
    {
        output = SHA256.HashData(input);
        return true;
    }
}
