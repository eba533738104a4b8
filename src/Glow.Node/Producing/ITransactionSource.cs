using Glow.Core.Numerics;

namespace Glow.Node.Producing;

/// <summary>Where the producer takes transactions from: the pool, or a fixed list in tests.</summary>
public interface ITransactionSource
{
    /// <summary>Starts a selection for a block whose base fee is <paramref name="baseFee"/>: best paying first, each sender's in nonce order.</summary>
    /// <param name="baseFee">The base fee of the block being built.</param>
    ITransactionCursor Select(in UInt256 baseFee);
}
