using Glow.Core.Numerics;

namespace Glow.Node.Api;

/// <summary>
/// The answer to <c>eth_feeHistory</c>: base fees and blob base fees (one more than blocks: the last is the next block's),
/// gas and blob gas used with their limits (the ratios are left to the JSON layer, the only place a float is made), and
/// tip percentiles.
/// </summary>
/// <param name="OldestBlock">The first block reported.</param>
/// <param name="BaseFees">Base fee of each block, then of the next block.</param>
/// <param name="BlobBaseFees">Blob base fee (EIP-4844) of each block, then of the next block.</param>
/// <param name="Gas">Gas used and gas limit of each block.</param>
/// <param name="BlobGas">Blob gas used and the most a block may use, of each block.</param>
/// <param name="Rewards">For each block, the effective tip at each requested percentile (weighted by gas used); empty when none were asked.</param>
public sealed record FeeHistory(
    ulong OldestBlock,
    IReadOnlyList<UInt256> BaseFees,
    IReadOnlyList<UInt256> BlobBaseFees,
    IReadOnlyList<(ulong Used, ulong Limit)> Gas,
    IReadOnlyList<(ulong Used, ulong Limit)> BlobGas,
    IReadOnlyList<IReadOnlyList<UInt256>> Rewards);
