using Glow.Core.Crypto;

namespace Glow.Evm.Precompiles;

/// <summary>
/// 0x01 ecrecover (yellow paper, appendix E): the address that signed a hash. Input, padded to 128 bytes:
/// <c>hash ‖ v ‖ r ‖ s</c>, each a 32-byte word. v must be exactly 27 or 28 as a whole word; r and s must lie in
/// [1, n − 1] (high s is allowed). Any invalid input still succeeds, with empty output. Output: the address
/// left-padded to 32 bytes. Gas: 3,000.
/// </summary>
public sealed class EcRecoverPrecompile : IPrecompile
{
    /// <summary>The fixed price of a call.</summary>
    public const long Gas = 3_000;

    /// <summary>The one instance (the precompile is stateless).</summary>
    public static EcRecoverPrecompile Instance { get; } = new();

    /// <inheritdoc />
    public long GasCost(ReadOnlySpan<byte> input) => Gas;

    /// <inheritdoc />
    public bool TryRun(ReadOnlySpan<byte> input, out byte[] output)
    {
        Span<byte> padded = stackalloc byte[128];
        PrecompileInput.CopyPadded(input, 0, padded);
        output = [];

        // v is a full 32-byte word: 27 or 28 only, anything in the upper 31 bytes makes it invalid.
        var v = padded.Slice(32, 32);
        if (v[..31].ContainsAnyExcept((byte)0) || (v[31] != 27 && v[31] != 28))
        {
            return true;
        }

        if (!Secp256k1.TryRecoverAddress(padded[..32], padded.Slice(64, 64), v[31] - 27, out var address))
        {
            return true;
        }

        output = new byte[32];
        address.CopyTo(output.AsSpan(12));
        return true;
    }
}
