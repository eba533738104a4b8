namespace Glow.Evm.Precompiles;

/// <summary>
/// 0x03 RIPEMD-160 of the input (yellow paper, appendix E); the 20-byte digest is returned left-padded to 32
/// bytes. Gas: 600 + 120 per 32-byte word.
/// </summary>
public sealed class Ripemd160Precompile : IPrecompile
{
    /// <summary>The base price of a call.</summary>
    public const long BaseGas = 600;

    /// <summary>The price of each 32-byte word of input, rounded up.</summary>
    public const long WordGas = 120;

    /// <summary>The one instance (the precompile is stateless).</summary>
    public static Ripemd160Precompile Instance { get; } = new();

    /// <inheritdoc />
    public long GasCost(ReadOnlySpan<byte> input) => BaseGas + (WordGas * PrecompileInput.Words(input.Length));

    /// <inheritdoc />
    public bool TryRun(ReadOnlySpan<byte> input, out byte[] output)
    {
        output = new byte[32];
        Ripemd160.Hash(input, output.AsSpan(12));
        return true;
    }
}
