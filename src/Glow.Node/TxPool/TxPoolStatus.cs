namespace Glow.Node.TxPool;

/// <summary>The pool's counts, read together (<c>txpool_status</c>).</summary>
/// <param name="Pending">Executable transactions: contiguous nonces from each sender's state nonce, affordable.</param>
/// <param name="Queued">Transactions waiting for a nonce gap to fill or for funds.</param>
public readonly record struct TxPoolStatus(int Pending, int Queued);
