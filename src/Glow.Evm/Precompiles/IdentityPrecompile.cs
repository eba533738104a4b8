namespace Glow.Evm.Precompiles;

/// <summary>0x04 identity: returns its input (yellow paper, appendix E). Gas: 15 + 3 per 32-byte word.</summary>
public sealed class IdentityPrecompile : IPrecompile
{
    /// <summary>The base price of a call.</summary>
    public const long BaseGas = 15;

    /// <summary>The price of each 32-byte word of input, rounded up.</summary>
    public const long WordGas = 3;

    /// <summary>The one instance (the precompile is stateless).</summary>
    public static IdentityPrecompile Instance { get; } = new();

    /// <inheritdoc />
    public long GasCost(ReadOnlySpan<byte> input) => BaseGas + (WordGas * PrecompileInput.Words(input.Length));

    /// <inheritdoc />
    public bool TryRun(ReadOnlySpan<byte> input, out byte[] output)
    {
        output = input.ToArray();
        return true;
    }
}
