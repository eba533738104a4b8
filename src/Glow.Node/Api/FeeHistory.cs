using Glow.Core.Numerics;

namespace Glow.Node.Api;

/// <summary>The answer to <c>eth_feeHistory</c>: base fees (one more than blocks: the last is the next block's), gas-used ratios and tip percentiles.</summary>
/// <param name="OldestBlock">The first block reported.</param>
/// <param name="BaseFees">Base fee of each block, then of the next block.</param>
/// <param name="GasUsedRatios">Gas used over gas limit of each block, as a decimal string with up to 6 digits (never a float in node code).</param>
/// <param name="Rewards">For each block, the effective tip at each requested percentile (weighted by gas used); empty when none were asked.</param>
public sealed record FeeHistory(ulong OldestBlock, IReadOnlyList<UInt256> BaseFees, IReadOnlyList<string> GasUsedRatios, IReadOnlyList<IReadOnlyList<UInt256>> Rewards);
