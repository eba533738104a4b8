namespace Glow.Evm.Processing;

/// <summary>
/// Which sender checks a transaction passes before it runs. Blocks use <see cref="All"/>; simulations (<c>eth_call</c>,
/// <c>eth_estimateGas</c>, traces of calls, dev-mode impersonation) drop the ones that make no sense for an unsigned
/// call, as geth does (its <c>SkipNonceChecks</c> and <c>SkipFromEOACheck</c>).
/// </summary>
[Flags]
public enum TransactionChecks
{
    /// <summary>No optional check.</summary>
    None = 0,

    /// <summary>The transaction's nonce equals the sender's.</summary>
    Nonce = 1,

    /// <summary>The sender has no code (EIP-3607).</summary>
    SenderIsEoa = 2,

    /// <summary>Every check: the rules for transactions in blocks.</summary>
    All = Nonce | SenderIsEoa,
}
