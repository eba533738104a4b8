using System.Numerics;
using Glow.Core.Blocks;
using Glow.Core.Numerics;

namespace Glow.Core.Chain;

/// <summary>
/// The EIP-1559 fee market of a chain (protocol.md §2): the base fee of genesis, a floor, and the two constants of the
/// update rule. With <see cref="MinBaseFee"/> zero, <see cref="NextBaseFee"/> is exactly Ethereum's rule (geth's
/// <c>CalcBaseFee</c> after London).
/// </summary>
public sealed record BaseFeeParameters
{
    /// <summary>One gwei, the default initial base fee.</summary>
    public static readonly UInt256 OneGwei = 1_000_000_000UL;

    /// <summary>The defaults of protocol.md §2: 1 gwei at genesis, no floor, elasticity 2, at most 1/8 change per block.</summary>
    public static BaseFeeParameters Default { get; } = new();

    /// <summary>The base fee of the genesis block, in wei per gas.</summary>
    public UInt256 InitialBaseFee { get; init; } = OneGwei;

    /// <summary>The base fee never falls below this (0: no floor, as in Ethereum).</summary>
    public UInt256 MinBaseFee { get; init; } = UInt256.Zero;

    /// <summary>EIP-1559 ELASTICITY_MULTIPLIER: the gas target is the gas limit divided by this. At least 1.</summary>
    public ulong ElasticityMultiplier { get; init; } = 2;

    /// <summary>EIP-1559 BASE_FEE_MAX_CHANGE_DENOMINATOR: the base fee moves by at most 1/this per block. At least 1.</summary>
    public ulong MaxChangeDenominator { get; init; } = 8;

    /// <summary>
    /// The base fee of the child of <paramref name="parent"/>: unchanged when the parent used exactly its gas target
    /// (gas limit / elasticity); raised by <c>max(1, fee × (used − target) / target / denominator)</c> when it used more;
    /// lowered by <c>fee × (target − used) / target / denominator</c> when it used less; then raised to
    /// <see cref="MinBaseFee"/> if below it. Integer division truncates at each step, in this order, as EIP-1559 and
    /// geth compute it. A target of zero (a gas limit below the elasticity) leaves the fee unchanged. A result above
    /// 2^256 − 1 (unreachable: nobody could pay such a fee) saturates.
    /// </summary>
    /// <exception cref="ArgumentException">The parent has no base fee.</exception>
    public UInt256 NextBaseFee(BlockHeader parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var fee = parent.BaseFeePerGas ?? throw new ArgumentException("The parent header has no base fee.", nameof(parent));
        var target = parent.GasLimit / ElasticityMultiplier;
        UInt256 next;
        if (parent.GasUsed == target || target == 0)
        {
            next = fee;
        }
        else if (parent.GasUsed > target)
        {
            var delta = UInt256.Max(Fraction(fee, parent.GasUsed - target, target), UInt256.One);
            next = UInt256.AddOverflow(fee, delta, out var sum) ? UInt256.MaxValue : sum;
        }
        else
        {
            // The decrease is at most fee / denominator, so it never exceeds the fee.
            next = fee - Fraction(fee, target - parent.GasUsed, target);
        }

        return UInt256.Max(next, MinBaseFee);
    }

    /// <summary><c>fee × gas / target / denominator</c>, truncating after each division, exact even when the product passes 2^256.</summary>
    private UInt256 Fraction(in UInt256 fee, ulong gas, ulong target)
    {
        if (!UInt256.MultiplyOverflow(fee, gas, out var product))
        {
            return product / target / MaxChangeDenominator;
        }

        // Only for fees near 2^192 and more: the quotient is below the fee, so it fits.
        return (UInt256)((BigInteger)fee * gas / target / MaxChangeDenominator);
    }
}
