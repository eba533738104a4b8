namespace Glow.Core.Crypto;

/// <summary>
/// Width-w non-adjacent form: k = Σ d_i·2^i with every nonzero digit odd, |d_i| &lt; 2^(w−1), and at least
/// w − 1 zeros after each nonzero digit. Used only for public scalars (variable time).
/// </summary>
internal static class Wnaf
{
    /// <summary>Digits of a 256-bit value need at most this many positions (one more for the final carry).</summary>
    public const int MaxLength = 258;

    /// <summary>
    /// Writes the digits of <paramref name="k"/> (an integer below 2^256 held in scalar limbs) to
    /// <paramref name="digits"/>, which must be zeroed and <see cref="MaxLength"/> long. Returns the index of
    /// the highest nonzero digit plus one (0 for k = 0). With <paramref name="negate"/> every digit's sign
    /// is flipped, giving the digits of −k.
    /// </summary>
    public static int Compute(in Scalar k, int w, bool negate, Span<int> digits)
    {
        var bits = BitLength(k);
        var sign = negate ? -1 : 1;
        var carry = 0;
        var length = 0;
        var bit = 0;
        while (bit < bits || carry != 0)
        {
            // A position whose bit equals the carry contributes a zero digit and keeps the carry.
            if (Bit(k, bit) == carry)
            {
                bit++;
                continue;
            }

            var take = Math.Min(w, 256 - bit);
            var word = (take > 0 ? (int)k.GetBits(bit, take) : 0) + carry;
            carry = (word >> (w - 1)) & 1;
            word -= carry << w;
            digits[bit] = word * sign;
            bit += w;
            length = bit - w + 1;
        }

        return length;
    }

    private static int Bit(in Scalar k, int bit) => bit < 256 ? (int)((k.Limb(bit >> 6) >> (bit & 63)) & 1) : 0;

    private static int BitLength(in Scalar k) =>
        k.L3 != 0 ? 256 - (int)ulong.LeadingZeroCount(k.L3)
        : k.L2 != 0 ? 192 - (int)ulong.LeadingZeroCount(k.L2)
        : k.L1 != 0 ? 128 - (int)ulong.LeadingZeroCount(k.L1)
        : 64 - (int)ulong.LeadingZeroCount(k.L0);
}
