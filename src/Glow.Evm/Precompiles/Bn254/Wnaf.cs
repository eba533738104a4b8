namespace Glow.Evm.Precompiles.Bn254;

/// <summary>Width-5 non-adjacent form of a 256-bit scalar, shared by the G1 and G2 multiplications.</summary>
internal static class Wnaf
{
    /// <summary>Window width.</summary>
    public const int Width = 5;

    /// <summary>Number of precomputed odd multiples: P, 3P, …, (2^(w−1) − 1)·P.</summary>
    public const int TableSize = 1 << (Width - 2);

    /// <summary>
    /// Writes the digits of the 32-byte big-endian scalar, least significant first, into <paramref name="digits"/>
    /// (at least 257 entries); each digit is zero or odd with absolute value below 2^(w−1), and any nonzero digit
    /// is followed by at least w − 1 zeros. Returns the number of digits up to the last nonzero one.
    /// </summary>
    public static int Compute(ReadOnlySpan<byte> scalar32, Span<sbyte> digits)
    {
        // The scalar as five 64-bit words (the fifth absorbs the carry a negative digit can create).
        Span<ulong> k = stackalloc ulong[5];
        for (var i = 0; i < 4; i++)
        {
            k[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(scalar32.Slice(24 - (8 * i), 8));
        }

        k[4] = 0;
        digits[..257].Clear();
        var length = 0;
        var position = 0;
        while (!IsZero(k))
        {
            if ((k[0] & 1) != 0)
            {
                var window = (int)(k[0] & ((1UL << Width) - 1));
                var digit = window >= 1 << (Width - 1) ? window - (1 << Width) : window;
                digits[position] = (sbyte)digit;
                length = position + 1;
                if (digit > 0)
                {
                    SubtractSmall(k, (ulong)digit);
                }
                else
                {
                    AddSmall(k, (ulong)-digit);
                }
            }

            ShiftRightOne(k);
            position++;
        }

        return length;
    }

    private static bool IsZero(ReadOnlySpan<ulong> k) => (k[0] | k[1] | k[2] | k[3] | k[4]) == 0;

    private static void SubtractSmall(Span<ulong> k, ulong value)
    {
        for (var i = 0; i < k.Length && value != 0; i++)
        {
            var before = k[i];
            k[i] = before - value;
            value = before < value ? 1UL : 0UL;
        }
    }

    private static void AddSmall(Span<ulong> k, ulong value)
    {
        for (var i = 0; i < k.Length && value != 0; i++)
        {
            k[i] += value;
            value = k[i] < value ? 1UL : 0UL;
        }
    }

    private static void ShiftRightOne(Span<ulong> k)
    {
        for (var i = 0; i < k.Length - 1; i++)
        {
            k[i] = (k[i] >> 1) | (k[i + 1] << 63);
        }

        k[^1] >>= 1;
    }
}
