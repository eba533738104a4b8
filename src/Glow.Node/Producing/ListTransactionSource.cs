using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Transactions;

namespace Glow.Node.Producing;

/// <summary>A fixed list of transactions offered in list order (tests, and blocks whose content is given).</summary>
/// <param name="transactions">The transactions; their senders must be recoverable.</param>
public sealed class ListTransactionSource(IReadOnlyList<Transaction> transactions) : ITransactionSource
{
    /// <inheritdoc />
    public ITransactionCursor Select(in UInt256 baseFee) => new Cursor(transactions);

    private sealed class Cursor(IReadOnlyList<Transaction> transactions) : ITransactionCursor
    {
        private readonly List<Address> _skipped = [];
        private Address _last;
        private int _next;

        public bool TryNext(ulong gasLeft, out Transaction transaction, out Address sender)
        {
            while (_next < transactions.Count)
            {
                transaction = transactions[_next++];
                if (transaction.GasLimit <= gasLeft && transaction.RecoverSender() is { } recovered && !_skipped.Contains(recovered))
                {
                    sender = _last = recovered;
                    return true;
                }
            }

            transaction = null!;
            sender = default;
            return false;
        }

        public void SkipSender() => _skipped.Add(_last);
    }
}
