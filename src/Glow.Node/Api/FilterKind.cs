namespace Glow.Node.Api;

/// <summary>What an installed filter collects.</summary>
public enum FilterKind
{
    /// <summary>Logs matching a <see cref="LogFilter"/> (<c>eth_newFilter</c>).</summary>
    Logs,

    /// <summary>Hashes of new canonical blocks (<c>eth_newBlockFilter</c>).</summary>
    Blocks,

    /// <summary>Hashes of transactions entering the pool (<c>eth_newPendingTransactionFilter</c>).</summary>
    PendingTransactions,
}
