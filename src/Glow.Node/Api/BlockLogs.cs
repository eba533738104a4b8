using Glow.Core;
using Glow.Core.Blocks;

namespace Glow.Node.Api;

/// <summary>
/// The logs of the blocks of one head change, read once and matched against any number of filters (log filters and
/// <c>logs</c> subscriptions), instead of decoding a block's receipts again for each of them.
/// </summary>
/// <param name="query">Where receipts are read.</param>
public sealed class BlockLogs(ChainQuery query)
{
    private readonly Dictionary<Hash256, IReadOnlyList<LogInfo>> _read = [];

    /// <summary>The logs of <paramref name="block"/> passing <paramref name="filter"/> (its bloom is checked first).</summary>
    public IReadOnlyList<LogInfo> Matching(LogFilter filter, Block block, bool removed = false)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(block);
        if (!filter.MayMatch(block.Header.Bloom))
        {
            return [];
        }

        if (!_read.TryGetValue(block.Hash, out var logs))
        {
            logs = query.GetLogs(block);
            _read[block.Hash] = logs;
        }

        return ChainQuery.Match(filter, logs, removed);
    }
}
