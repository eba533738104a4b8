using Glow.Core.Numerics;

namespace Glow.Node.TxPool;

/// <summary>
/// A sender's place in the <see cref="PendingSelection"/> heap. The heap is a min-heap, so this orders a higher tip
/// first, then an earlier arrival.
/// </summary>
/// <param name="Tip">The effective tip per gas at the block's base fee.</param>
/// <param name="Sequence">The arrival order of the transaction.</param>
internal readonly record struct SelectionPriority(UInt256 Tip, long Sequence) : IComparable<SelectionPriority>
{
    public int CompareTo(SelectionPriority other)
    {
        var order = UInt256.Compare(other.Tip, Tip);
        return order != 0 ? order : Sequence.CompareTo(other.Sequence);
    }
}
