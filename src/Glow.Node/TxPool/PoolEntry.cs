using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Transactions;

namespace Glow.Node.TxPool;

/// <summary>A transaction in the pool with what the pool derived from it once: sender, hash, cost and arrival order.</summary>
/// <param name="tx">The transaction.</param>
/// <param name="sender">Its recovered sender.</param>
/// <param name="cost">gas limit × max fee per gas + value: what the sender must hold for it.</param>
/// <param name="sequence">Arrival order, which breaks price ties (earlier first).</param>
internal sealed class PoolEntry(Transaction tx, Address sender, UInt256 cost, long sequence)
{
    public Transaction Tx { get; } = tx;

    public Address Sender { get; } = sender;

    public Hash256 Hash { get; } = tx.Hash;

    public ulong Nonce => Tx.Nonce;

    public UInt256 Cost { get; } = cost;

    public long Sequence { get; } = sequence;
}
