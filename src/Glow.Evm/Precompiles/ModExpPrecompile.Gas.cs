namespace Glow.Evm.Precompiles;

/// <summary>The modexp price: EIP-198, and EIP-2565 from Berlin.</summary>
public sealed partial class ModExpPrecompile
{
    /// <summary>
    /// EIP-198: ⌊mult_complexity(max(base length, modulus length)) · max(adjusted exponent length, 1) / 20⌋ with the
    /// piecewise Karatsuba estimate for mult_complexity. EIP-2565: max(200, ⌊⌈max(…)/8⌉² · max(iterations, 1) / 3⌋).
    /// The adjusted exponent length (iterations) is, for an exponent of at most 32 bytes, the index of its top
    /// set bit (0 for zero); for a longer one, 8·(length − 32) plus that index within its first 32 bytes. Results
    /// beyond <see cref="long.MaxValue"/> saturate there; exact up to it.
    /// </summary>
    public long GasCost(ReadOnlySpan<byte> input)
    {
        var header = ModExpHeader.Read(input);
        var maxLength = UInt128.Max(header.BaseLength, header.ModulusLength);
        var complexity = _eip2565 ? ComplexityEip2565(maxLength) : ComplexityEip198(maxLength);
        if (complexity == 0)
        {
            return _eip2565 ? 200 : 0;
        }

        var iterations = UInt128.Max(AdjustedExponentLength(input, header), 1);
        var product = SaturatingMultiply(complexity, iterations);
        var gas = product / (_eip2565 ? 3u : 20u);
        if (gas > long.MaxValue)
        {
            return long.MaxValue;
        }

        return _eip2565 ? Math.Max(200, (long)gas) : (long)gas;
    }

    // ⌈x/8⌉²; a length of 2^64 or more saturates (the price exceeds long.MaxValue either way).
    private static UInt128 ComplexityEip2565(UInt128 x)
    {
        if (x > ulong.MaxValue)
        {
            return UInt128.MaxValue;
        }

        var words = (x + 7) / 8;
        return words * words;
    }

    private static UInt128 ComplexityEip198(UInt128 x)
    {
        if (x > ulong.MaxValue)
        {
            return UInt128.MaxValue;
        }

        var wide = x;
        if (x <= 64)
        {
            return wide * wide;
        }

        return x <= 1024
            ? (wide * wide / 4) + (96 * wide) - 3072
            : (wide * wide / 16) + (480 * wide) - 199680;
    }

    private static UInt128 AdjustedExponentLength(ReadOnlySpan<byte> input, in ModExpHeader header)
    {
        // The first (up to) 32 bytes of the exponent, which sits after the base; past the input it reads as zero.
        Span<byte> head = stackalloc byte[32];
        var headLength = (int)UInt128.Min(header.ExponentLength, 32);
        if (header.BaseLength <= int.MaxValue)
        {
            PrecompileInput.CopyPadded(input, 96L + (long)(ulong)header.BaseLength, head[..headLength]);
        }
        else
        {
            head.Clear();
        }

        var topBit = TopBitIndex(head[..headLength]);
        if (header.ExponentLength <= 32)
        {
            return (UInt128)topBit;
        }

        if (header.ExponentLength == ModExpHeader.Saturated)
        {
            return UInt128.MaxValue;
        }

        return (8 * (header.ExponentLength - 32)) + (UInt128)topBit;
    }

    // Index of the highest set bit of a big-endian number, 0 for zero.
    private static int TopBitIndex(ReadOnlySpan<byte> bigEndian)
    {
        var first = bigEndian.IndexOfAnyExcept((byte)0);
        if (first < 0)
        {
            return 0;
        }

        var bitsInFirst = 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)bigEndian[first]);
        return (8 * (bigEndian.Length - first - 1)) + bitsInFirst - 1;
    }

    private static UInt128 SaturatingMultiply(UInt128 a, UInt128 b) =>
        b != 0 && a > UInt128.MaxValue / b ? UInt128.MaxValue : a * b;
}
