using Glow.Core;
using Glow.Core.Blocks;
using Glow.Core.Crypto;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.Transactions;

namespace Glow.Evm.Processing;

/// <summary>
/// Ethereum's rules for a block that need no state (the execution specs' <c>validate_header</c> and the body checks of
/// geth's <c>ValidateBody</c>): the header against its parent (number, parent hash, gas limit, gas used, timestamp,
/// extra data, the Merge's zero fields, EIP-1559 base fee, EIP-4844 excess blob gas, the fields each fork adds), and the
/// shape of the body (no ommers, withdrawals from Shanghai on); the roots of the body's lists for the executor to compare.
/// </summary>
public static class EthereumBlockValidator
{
    /// <summary>The gas limit may move by less than the parent's divided by this (yellow paper eq. 47).</summary>
    public const ulong GasLimitBoundDivisor = 1024;

    /// <summary>The lowest gas limit a block may have.</summary>
    public const ulong MinGasLimit = 5000;

    /// <summary>The highest gas limit a block may have, 2^63 − 1 (EIP-1985, as clients bound it).</summary>
    public const ulong MaxGasLimit = long.MaxValue;

    /// <summary>The most extra data a header may carry.</summary>
    public const int MaxExtraDataSize = 32;

    /// <summary>The base fee of the first London block, whose parent has none (EIP-1559 INITIAL_BASE_FEE).</summary>
    public const ulong InitialBaseFee = 1_000_000_000;

    /// <summary>
    /// Checks <paramref name="header"/> against its <paramref name="parent"/> under <paramref name="spec"/> (the rules of
    /// the child's fork); null when it passes. Checked in this order: parent hash, number, gas limit, gas used,
    /// timestamp, extra data, the Merge's fields, the base fee, the fields of Shanghai and Cancun, the excess blob gas.
    /// </summary>
    public static BlockRejection? ValidateHeader(BlockHeader header, BlockHeader parent, ReleaseSpec spec)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(spec);
        if (header.ParentHash != parent.Hash)
        {
            return Reject(BlockInvalidReason.UnknownParent, $"parent hash {header.ParentHash} is not the parent's {parent.Hash}");
        }

        if (parent.Number == ulong.MaxValue || header.Number != parent.Number + 1)
        {
            return Reject(BlockInvalidReason.InvalidBlockNumber, $"number {header.Number} does not follow the parent's {parent.Number}");
        }

        return CheckGas(header, parent, spec)
            ?? CheckTimeAndExtra(header, parent)
            ?? CheckMerge(header, spec)
            ?? CheckBaseFee(header, parent, spec)
            ?? CheckForkFields(header, spec)
            ?? CheckExcessBlobGas(header, parent, spec);
    }

    /// <summary>
    /// Checks the shape of <paramref name="block"/>'s body under <paramref name="spec"/>; null when it passes: no ommers
    /// after the Merge (EIP-3675), and a withdrawals list exactly from Shanghai on (EIP-4895). The transactions and
    /// withdrawals roots are compared after execution, in the order of the execution specs (<see cref="BlockExecutor"/>),
    /// so that a block with an invalid transaction is rejected for that transaction.
    /// </summary>
    public static BlockRejection? ValidateBody(Block block, ReleaseSpec spec)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.IsEip4399Enabled && block.Ommers.Count != 0)
        {
            return Reject(BlockInvalidReason.OmmersNotEmpty, $"{block.Ommers.Count} ommers after the Merge");
        }

        if (spec.IsEip4895Enabled != block.Withdrawals is not null)
        {
            return Reject(BlockInvalidReason.WithdrawalsMissing, spec.IsEip4895Enabled ? "the body has no withdrawals" : "the body has withdrawals before Shanghai");
        }

        return null;
    }

    /// <summary>The transactions root of <paramref name="block"/>'s body (the trie of the transactions' envelopes).</summary>
    public static Hash256 TransactionsRootOf(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return OrderedTrie.RootOf(block.Transactions, TransactionEncoder.Encode);
    }

    /// <summary>The withdrawals root of <paramref name="block"/>'s body; null when it has no withdrawals list.</summary>
    public static Hash256? WithdrawalsRootOf(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Withdrawals is { } withdrawals ? OrderedTrie.RootOf(withdrawals, BlockCodec.EncodeWithdrawal) : null;
    }

    /// <summary>
    /// True when a block may have <paramref name="gasLimit"/> after a parent with <paramref name="parentGasLimit"/>: it
    /// differs by less than 1/1024 of the parent's and is at least 5,000 (the execution specs' <c>check_gas_limit</c>).
    /// </summary>
    public static bool IsGasLimitWithinBounds(ulong parentGasLimit, ulong gasLimit)
    {
        var maxDelta = parentGasLimit / GasLimitBoundDivisor;
        var tooHigh = gasLimit >= parentGasLimit && gasLimit - parentGasLimit >= maxDelta;
        var tooLow = gasLimit <= parentGasLimit && parentGasLimit - gasLimit >= maxDelta;
        return !tooHigh && !tooLow && gasLimit >= MinGasLimit;
    }

    private static BlockRejection? CheckGas(BlockHeader header, BlockHeader parent, ReleaseSpec spec)
    {
        if (header.GasLimit > MaxGasLimit)
        {
            return Reject(BlockInvalidReason.GasLimitTooBig, $"gas limit {header.GasLimit} above {MaxGasLimit}");
        }

        // The first London block doubles the limit its parent had, so that the gas target stays where it was (EIP-1559).
        var parentGasLimit = spec.IsEip1559Enabled && parent.BaseFeePerGas is null ? parent.GasLimit * BlockFeeRules.ElasticityMultiplier : parent.GasLimit;
        if (!IsGasLimitWithinBounds(parentGasLimit, header.GasLimit))
        {
            return Reject(BlockInvalidReason.InvalidGasLimit, $"gas limit {header.GasLimit} out of bounds after the parent's {parentGasLimit}");
        }

        if (header.GasUsed > header.GasLimit)
        {
            return Reject(BlockInvalidReason.GasUsedOverflow, $"gas used {header.GasUsed} above the gas limit {header.GasLimit}");
        }

        return null;
    }

    private static BlockRejection? CheckTimeAndExtra(BlockHeader header, BlockHeader parent)
    {
        if (header.Timestamp <= parent.Timestamp)
        {
            return Reject(BlockInvalidReason.TimestampNotAfterParent, $"timestamp {header.Timestamp} not after the parent's {parent.Timestamp}");
        }

        if (header.ExtraData.Length > MaxExtraDataSize)
        {
            return Reject(BlockInvalidReason.ExtraDataTooBig, $"{header.ExtraData.Length} bytes of extra data, at most {MaxExtraDataSize}");
        }

        return null;
    }

    private static BlockRejection? CheckMerge(BlockHeader header, ReleaseSpec spec)
    {
        // Paris brings EIP-3675 (no proof of work) together with EIP-4399 (PREVRANDAO); the spec flags the latter.
        if (!spec.IsEip4399Enabled)
        {
            return null;
        }

        if (!header.Difficulty.IsZero)
        {
            return Reject(BlockInvalidReason.DifficultyNotZero, $"difficulty {header.Difficulty} after the Merge");
        }

        if (header.Nonce != 0)
        {
            return Reject(BlockInvalidReason.NonceNotZero, $"nonce {header.Nonce} after the Merge");
        }

        if (header.OmmersHash != Keccak256.OfEmptyList)
        {
            return Reject(BlockInvalidReason.OmmersNotEmpty, $"ommers hash {header.OmmersHash} is not the empty list's after the Merge");
        }

        return null;
    }

    private static BlockRejection? CheckBaseFee(BlockHeader header, BlockHeader parent, ReleaseSpec spec)
    {
        if (!spec.IsEip1559Enabled)
        {
            return header.BaseFeePerGas is null ? null : Reject(BlockInvalidReason.InvalidHeaderFields, "base fee before London");
        }

        if (header.BaseFeePerGas is not { } baseFee)
        {
            return Reject(BlockInvalidReason.InvalidBaseFee, "no base fee");
        }

        var expected = parent.BaseFeePerGas is null ? (UInt256)InitialBaseFee : BlockFeeRules.NextBaseFee(parent);
        return baseFee == expected ? null : Reject(BlockInvalidReason.InvalidBaseFee, $"base fee {baseFee}, expected {expected}");
    }

    private static BlockRejection? CheckForkFields(BlockHeader header, ReleaseSpec spec)
    {
        if (spec.IsEip4895Enabled != header.WithdrawalsRoot.HasValue)
        {
            return Reject(BlockInvalidReason.InvalidWithdrawalsRoot, spec.IsEip4895Enabled ? "no withdrawals root" : "withdrawals root before Shanghai");
        }

        if (spec.IsEip4844Enabled != header.BlobGasUsed.HasValue)
        {
            return Reject(BlockInvalidReason.IncorrectBlobGasUsed, spec.IsEip4844Enabled ? "no blob gas used" : "blob gas used before Cancun");
        }

        if (spec.IsEip4844Enabled != header.ExcessBlobGas.HasValue)
        {
            return Reject(BlockInvalidReason.IncorrectExcessBlobGas, spec.IsEip4844Enabled ? "no excess blob gas" : "excess blob gas before Cancun");
        }

        if (spec.IsEip4788Enabled != header.ParentBeaconBlockRoot.HasValue)
        {
            return Reject(BlockInvalidReason.InvalidHeaderFields, spec.IsEip4788Enabled ? "no parent beacon block root" : "parent beacon block root before Cancun");
        }

        return null;
    }

    private static BlockRejection? CheckExcessBlobGas(BlockHeader header, BlockHeader parent, ReleaseSpec spec)
    {
        if (!spec.IsEip4844Enabled)
        {
            return null;
        }

        var expected = BlockFeeRules.NextExcessBlobGas(parent);
        return header.ExcessBlobGas == expected
            ? null
            : Reject(BlockInvalidReason.IncorrectExcessBlobGas, $"excess blob gas {header.ExcessBlobGas}, expected {expected}");
    }

    private static BlockRejection Reject(BlockInvalidReason reason, string message) => new(reason, message);
}
