using Glow.Core.Transactions;

namespace Glow.Core.Blocks;

/// <summary>A block: its header and body (transactions, ommers, and withdrawals from Shanghai on).</summary>
/// <param name="Header">The header.</param>
/// <param name="Transactions">The transactions in execution order.</param>
/// <param name="Ommers">Ommer (uncle) headers; always empty after the Merge and in UltronGlow.</param>
/// <param name="Withdrawals">EIP-4895 withdrawals, or null before Shanghai.</param>
public sealed record Block(BlockHeader Header, IReadOnlyList<Transaction> Transactions, IReadOnlyList<BlockHeader> Ommers, IReadOnlyList<Withdrawal>? Withdrawals)
{
    /// <summary>The block hash (its header's).</summary>
    public Hash256 Hash => Header.Hash;

    /// <summary>The block number.</summary>
    public ulong Number => Header.Number;
}
