namespace Glow.Evm.Precompiles.ModExp;

/// <summary>
/// The exponent as the call data gives it: the bytes present in the input (leading zeros dropped) followed by
/// the bytes past the end of the input, which read as zeros and so only add squarings. The zero tail is never
/// materialised, whatever its declared length.
/// </summary>
internal readonly ref struct Exponent
{
    private readonly ReadOnlySpan<byte> _head;

    /// <summary>The exponent <paramref name="present"/> ‖ <paramref name="zeroBytes"/> zero bytes.</summary>
    public Exponent(ReadOnlySpan<byte> present, long zeroBytes)
    {
        var first = present.IndexOfAnyExcept((byte)0);
        _head = first < 0 ? [] : present[first..];
        TrailingZeroBits = _head.IsEmpty ? 0 : 8 * zeroBytes;
        HeadBits = _head.IsEmpty ? 0 : (8 * _head.Length) - (System.Numerics.BitOperations.LeadingZeroCount((uint)_head[0]) - 24);
    }

    /// <summary>True when the exponent is zero.</summary>
    public bool IsZero => _head.IsEmpty;

    /// <summary>Bits of the present part from its top set bit down.</summary>
    public int HeadBits { get; }

    /// <summary>Zero bits that follow the present part (eight per byte beyond the input).</summary>
    public long TrailingZeroBits { get; }

    /// <summary>Bit <paramref name="index"/> of the present part, counted from its least significant bit.</summary>
    public int Bit(int index) => (_head[_head.Length - 1 - (index >> 3)] >> (index & 7)) & 1;
}
