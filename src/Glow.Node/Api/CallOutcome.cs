using Glow.Evm.Execution;

namespace Glow.Node.Api;

/// <summary>The result of a simulated transaction.</summary>
/// <param name="Status">How execution ended.</param>
/// <param name="Output">The return data (revert data on a revert).</param>
/// <param name="GasUsed">Gas used, after refunds.</param>
public sealed record CallOutcome(EvmStatus Status, ReadOnlyMemory<byte> Output, ulong GasUsed)
{
    /// <summary>True when execution succeeded.</summary>
    public bool Success => Status == EvmStatus.Success;

    /// <summary>True when execution ended with REVERT (the output is the revert data).</summary>
    public bool Reverted => Status == EvmStatus.Revert;
}
