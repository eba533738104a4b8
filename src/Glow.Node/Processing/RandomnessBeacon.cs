using Glow.Core;
using Glow.Core.Crypto;

namespace Glow.Node.Processing;

/// <summary>
/// The chain's randomness (protocol.md §5.4): each revealed secret is folded in, <c>beacon = keccak256(beacon ‖ reveal)</c>;
/// a block without a reveal leaves it unchanged. A header's mix hash is the beacon after it, so PREVRANDAO reads it.
/// Checking a reveal against its earlier commitment is consensus work (the GLOW issue); dev blocks carry no reveal.
/// </summary>
public static class RandomnessBeacon
{
    /// <summary>The beacon after a block with <paramref name="reveal"/> (zero: no reveal) on top of <paramref name="parentBeacon"/>.</summary>
    public static Hash256 Next(in Hash256 parentBeacon, in Hash256 reveal)
    {
        if (reveal == default)
        {
            return parentBeacon;
        }

        Span<byte> input = stackalloc byte[2 * Hash256.Size];
        parentBeacon.Bytes.CopyTo(input);
        reveal.Bytes.CopyTo(input[Hash256.Size..]);
        return Keccak256.Compute(input);
    }
}
