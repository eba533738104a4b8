using Glow.Core.Blocks;
using Glow.Core.Numerics;
using Glow.Evm.Gas;

namespace Glow.Evm.Processing;

/// <summary>
/// The per-block fee markets a header inherits from its parent: the EIP-1559 base fee and the EIP-4844 excess blob gas.
/// Integer arithmetic only, as the EIPs specify it.
/// </summary>
public static class BlockFeeRules
{
    /// <summary>EIP-1559 ELASTICITY_MULTIPLIER: the gas target is the gas limit divided by this.</summary>
    public const ulong ElasticityMultiplier = 2;

    /// <summary>EIP-1559 BASE_FEE_MAX_CHANGE_DENOMINATOR: the base fee moves by at most 1/8 per block.</summary>
    public const ulong BaseFeeMaxChangeDenominator = 8;

    /// <summary>EIP-4844 TARGET_BLOB_GAS_PER_BLOCK (three blobs).</summary>
    public const ulong TargetBlobGasPerBlock = 393_216;

    /// <summary>
    /// The base fee of the child of <paramref name="parent"/> (EIP-1559): the parent's, raised when the parent used more
    /// than its target (by at least 1) and lowered when it used less, by the parent's base fee times the relative
    /// deviation from the target, divided by 8.
    /// </summary>
    /// <exception cref="ArgumentException">The parent has no base fee (it is from before London).</exception>
    public static UInt256 NextBaseFee(BlockHeader parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var parentBaseFee = parent.BaseFeePerGas ?? throw new ArgumentException("The parent header has no base fee.", nameof(parent));
        var target = parent.GasLimit / ElasticityMultiplier;
        if (parent.GasUsed == target || target == 0)
        {
            return parentBaseFee;
        }

        if (parent.GasUsed > target)
        {
            var delta = parentBaseFee * (UInt256)(parent.GasUsed - target) / target / BaseFeeMaxChangeDenominator;
            return parentBaseFee + UInt256.Max(delta, UInt256.One);
        }

        var decrease = parentBaseFee * (UInt256)(target - parent.GasUsed) / target / BaseFeeMaxChangeDenominator;
        return parentBaseFee - decrease;
    }

    /// <summary>
    /// The excess blob gas of the child of <paramref name="parent"/> (EIP-4844 <c>calc_excess_blob_gas</c>): the parent's
    /// excess plus the blob gas it used, less the target, floored at zero. Headers from before Cancun count as zero.
    /// Saturates at 2^64 − 1, far beyond any value a valid parent can lead to.
    /// </summary>
    public static ulong NextExcessBlobGas(BlockHeader parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var total = (UInt128)(parent.ExcessBlobGas ?? 0) + (parent.BlobGasUsed ?? 0);
        return total < TargetBlobGasPerBlock ? 0 : (ulong)UInt128.Min(total - TargetBlobGasPerBlock, ulong.MaxValue);
    }

    /// <summary>The most blob gas a block may use (EIP-4844 MAX_BLOB_GAS_PER_BLOCK, six blobs).</summary>
    public static ulong MaxBlobGasPerBlock => GasCost.MaxBlobGasPerBlock;
}
