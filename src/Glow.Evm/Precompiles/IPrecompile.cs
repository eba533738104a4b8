namespace Glow.Evm.Precompiles;

/// <summary>
/// A precompiled contract: a native function at a fixed address with its own gas price. Implementations are
/// stateless and deterministic; the EVM charges <see cref="GasCost"/> before calling <see cref="TryRun"/>.
/// </summary>
public interface IPrecompile
{
    /// <summary>The gas this call costs for <paramref name="input"/>; may exceed any gas limit (callers compare).</summary>
    long GasCost(ReadOnlySpan<byte> input);

    /// <summary>
    /// Runs the function. Returns false when the input is invalid in a way that makes the call fail (all gas consumed);
    /// on success <paramref name="output"/> holds the return data (possibly empty).
    /// </summary>
    bool TryRun(ReadOnlySpan<byte> input, out byte[] output);
}
