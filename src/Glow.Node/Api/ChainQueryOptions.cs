namespace Glow.Node.Api;

/// <summary>Limits of the queries that scan the chain (rpc.md rule 10).</summary>
public sealed record ChainQueryOptions
{
    /// <summary>The most blocks one <c>eth_getLogs</c> may scan.</summary>
    public ulong MaxLogBlockRange { get; init; } = 10_000;

    /// <summary>The most logs one <c>eth_getLogs</c> may return.</summary>
    public int MaxLogResults { get; init; } = 10_000;
}
