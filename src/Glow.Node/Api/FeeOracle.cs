using System.Globalization;
using Glow.Core.Blocks;
using Glow.Core.Numerics;
using Glow.Evm.Gas;
using Glow.Evm.Processing;
using Glow.Node.Chain;

namespace Glow.Node.Api;

/// <summary>
/// Fee suggestions (rpc.md rule 7): <c>eth_maxPriorityFeePerGas</c> from the tips of recent blocks, <c>eth_gasPrice</c> =
/// next base fee + that tip, and <c>eth_feeHistory</c>.
/// </summary>
public sealed class FeeOracle
{
    /// <summary>The most blocks <c>eth_feeHistory</c> reports at once (geth's limit).</summary>
    public const int MaxHistoryBlocks = 1024;

    /// <summary>How many recent blocks the suggested tip looks at.</summary>
    public const int SampleBlocks = 20;

    private readonly BlockTree _tree;

    /// <summary>An oracle for the chain of <paramref name="tree"/>.</summary>
    /// <param name="tree">The chain.</param>
    /// <param name="minimumTip">The least tip ever suggested (dev mode: 1 gwei, as anvil and Hardhat suggest).</param>
    public FeeOracle(BlockTree tree, UInt256 minimumTip)
    {
        ArgumentNullException.ThrowIfNull(tree);
        _tree = tree;
        MinimumTip = minimumTip;
    }

    /// <summary>The least tip suggested.</summary>
    public UInt256 MinimumTip { get; }

    /// <summary>The base fee of the next block.</summary>
    public UInt256 NextBaseFee => _tree.Processor.NextBaseFee(_tree.Head);

    /// <summary>
    /// The suggested tip: the 60th percentile of the smallest tip paid in each of the last <see cref="SampleBlocks"/>
    /// blocks with transactions (geth's oracle in spirit), never below <see cref="MinimumTip"/>.
    /// </summary>
    public UInt256 SuggestTip()
    {
        var samples = new List<UInt256>();
        var header = _tree.Head;
        for (var i = 0; i < SampleBlocks && header is not null; i++)
        {
            if (_tree.Chain.GetBlock(header.Hash) is { Transactions.Count: > 0 } block)
            {
                var baseFee = header.BaseFeePerGas ?? UInt256.Zero;
                var lowest = UInt256.MaxValue;
                foreach (var tx in block.Transactions)
                {
                    var tip = tx.EffectiveGasPrice(baseFee) - baseFee;
                    lowest = UInt256.Min(lowest, tip);
                }

                samples.Add(lowest);
            }

            header = header.Number == 0 ? null : _tree.Chain.GetHeader(header.ParentHash);
        }

        if (samples.Count == 0)
        {
            return MinimumTip;
        }

        samples.Sort();
        return UInt256.Max(MinimumTip, samples[(samples.Count - 1) * 60 / 100]);
    }

    /// <summary>The suggested legacy gas price: next base fee + suggested tip.</summary>
    public UInt256 SuggestGasPrice() => NextBaseFee + SuggestTip();

    /// <summary>
    /// <c>eth_feeHistory</c>: <paramref name="blockCount"/> blocks ending at <paramref name="newest"/> (fewer when the chain
    /// is shorter), with the effective-tip <paramref name="percentiles"/> of each block weighted by gas used.
    /// </summary>
    /// <exception cref="ChainQueryException">Percentiles not increasing or outside 0–100, or an unknown newest block.</exception>
    public FeeHistory History(int blockCount, BlockHeader newest, IReadOnlyList<decimal> percentiles)
    {
        ArgumentNullException.ThrowIfNull(newest);
        ArgumentNullException.ThrowIfNull(percentiles);
        for (var i = 0; i < percentiles.Count; i++)
        {
            if (percentiles[i] is < 0 or > 100 || (i > 0 && percentiles[i] < percentiles[i - 1]))
            {
                throw new ChainQueryException($"invalid reward percentile: {percentiles[i].ToString(CultureInfo.InvariantCulture)}");
            }
        }

        var count = (ulong)Math.Clamp(blockCount, 0, MaxHistoryBlocks);
        count = Math.Min(count, newest.Number + 1);
        var oldest = newest.Number + 1 - count;
        var baseFees = new List<UInt256>();
        var blobBaseFees = new List<UInt256>();
        var gas = new List<(ulong, ulong)>();
        var blobGas = new List<(ulong, ulong)>();
        var rewards = new List<IReadOnlyList<UInt256>>();
        for (var number = oldest; number <= newest.Number && count > 0; number++)
        {
            // Headers give base fees and ratios; whole blocks are read only for the tip percentiles.
            var header = (number == newest.Number ? newest : _tree.Chain.GetHeader(number))
                ?? throw new ChainQueryException($"block {number} not found");
            baseFees.Add(header.BaseFeePerGas ?? UInt256.Zero);
            blobBaseFees.Add(BlobGas.BaseFeePerBlobGas(header.ExcessBlobGas ?? 0));
            gas.Add((header.GasUsed, header.GasLimit));
            blobGas.Add((header.BlobGasUsed ?? 0, GasCost.MaxBlobGasPerBlock));
            if (percentiles.Count > 0)
            {
                var block = _tree.Chain.GetBlock(header.Hash) ?? throw new ChainQueryException($"block {number} not found");
                rewards.Add(Percentiles(block, percentiles));
            }
        }

        baseFees.Add(count == 0 ? NextBaseFee : _tree.Processor.NextBaseFee(newest));
        blobBaseFees.Add(NextBlobBaseFee(count == 0 ? _tree.Head : newest));
        return new FeeHistory(count == 0 ? newest.Number : oldest, baseFees, blobBaseFees, gas, blobGas, rewards);
    }

    /// <summary>The blob base fee (EIP-4844) of the block after <paramref name="parent"/>; after the head, what <c>eth_blobBaseFee</c> answers.</summary>
    public static UInt256 NextBlobBaseFee(BlockHeader parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return BlobGas.BaseFeePerBlobGas(BlockFeeRules.NextExcessBlobGas(parent));
    }

    private UInt256[] Percentiles(Block block, IReadOnlyList<decimal> percentiles)
    {
        var result = new UInt256[percentiles.Count];
        if (block.Transactions.Count == 0)
        {
            return result;
        }

        var baseFee = block.Header.BaseFeePerGas ?? UInt256.Zero;
        var receipts = _tree.Chain.GetReceipts(block.Hash) ?? [];
        var tips = new List<(UInt256 Tip, ulong Gas)>(block.Transactions.Count);
        ulong previous = 0;
        for (var i = 0; i < block.Transactions.Count && i < receipts.Count; i++)
        {
            tips.Add((block.Transactions[i].EffectiveGasPrice(baseFee) - baseFee, receipts[i].CumulativeGasUsed - previous));
            previous = receipts[i].CumulativeGasUsed;
        }

        tips.Sort((a, b) => a.Tip.CompareTo(b.Tip));
        var index = 0;
        ulong sum = tips[0].Gas;
        for (var p = 0; p < percentiles.Count; p++)
        {
            // The gas-weighted percentile, in integers: the threshold is gasUsed × percentile / 100 (percentile kept to 1/1000).
            var threshold = (UInt128)block.Header.GasUsed * (UInt128)(ulong)(percentiles[p] * 1000) / 100_000;
            while (sum < threshold && index < tips.Count - 1)
            {
                index++;
                sum += tips[index].Gas;
            }

            result[p] = tips[index].Tip;
        }

        return result;
    }
}
