using Glow.Core;

namespace Glow.Node.Api;

/// <summary>What a filter collected since it was last polled: hashes (block and pending filters) or logs.</summary>
/// <param name="Kind">The filter's kind.</param>
/// <param name="Hashes">Block or transaction hashes, oldest first.</param>
/// <param name="Logs">Logs, oldest first (removed ones flagged).</param>
public sealed record FilterChanges(FilterKind Kind, IReadOnlyList<Hash256> Hashes, IReadOnlyList<LogInfo> Logs);
