using Glow.Core;
using Glow.Core.Transactions;

namespace Glow.Node.Producing;

/// <summary>One pass over the transactions offered for a block.</summary>
public interface ITransactionCursor
{
    /// <summary>The next transaction to try whose gas limit fits in <paramref name="gasLeft"/>, with its sender; false when there are no more.</summary>
    bool TryNext(ulong gasLeft, out Transaction transaction, out Address sender);

    /// <summary>The last transaction offered could not be included: offer nothing more of its sender.</summary>
    void SkipSender();
}
