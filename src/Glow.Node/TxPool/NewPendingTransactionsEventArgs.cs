using Glow.Core.Transactions;

namespace Glow.Node.TxPool;

/// <summary>Transactions that just became pending (added or promoted), for <c>newPendingTransactions</c> subscriptions.</summary>
/// <param name="transactions">The transactions, in the order they became pending.</param>
public sealed class NewPendingTransactionsEventArgs(IReadOnlyList<Transaction> transactions) : EventArgs
{
    /// <summary>The transactions, in the order they became pending.</summary>
    public IReadOnlyList<Transaction> Transactions { get; } = transactions;
}
