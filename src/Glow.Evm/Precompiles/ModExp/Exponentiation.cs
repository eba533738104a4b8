namespace Glow.Evm.Precompiles.ModExp;

/// <summary>Left-to-right sliding-window exponentiation over any <see cref="IModularArithmetic"/>.</summary>
internal static class Exponentiation
{
    /// <summary>The largest window; its table holds 2^(w−1) odd powers.</summary>
    public const int MaxWindow = 6;

    /// <summary>
    /// result = base^exponent in the arithmetic's representation, for a nonzero exponent. <paramref name="table"/>
    /// needs 2^(MaxWindow−1)·n limbs.
    /// </summary>
    public static void Power<TArithmetic>(scoped ref TArithmetic arithmetic, ReadOnlySpan<ulong> baseValue, scoped in Exponent exponent, Span<ulong> result, Span<ulong> table)
        where TArithmetic : IModularArithmetic, allows ref struct
    {
        var n = arithmetic.Length;
        var bits = exponent.HeadBits;
        var window = WindowFor(bits);

        // table[k] = base^(2k + 1).
        var entries = 1 << (window - 1);
        baseValue.CopyTo(table[..n]);
        if (entries > 1)
        {
            arithmetic.Square(baseValue, result);
            for (var k = 1; k < entries; k++)
            {
                arithmetic.Multiply(table.Slice((k - 1) * n, n), result, table.Slice(k * n, n));
            }
        }

        var started = false;
        var i = bits - 1;
        while (i >= 0)
        {
            if (exponent.Bit(i) == 0)
            {
                arithmetic.Square(result, result);
                i--;
                continue;
            }

            // The longest window [i .. j] of at most `window` bits that ends in a set bit.
            var j = Math.Max(i - window + 1, 0);
            while (exponent.Bit(j) == 0)
            {
                j++;
            }

            var value = 0;
            for (var b = i; b >= j; b--)
            {
                value = (value << 1) | exponent.Bit(b);
            }

            var entry = table.Slice((value >> 1) * n, n);
            if (started)
            {
                for (var s = i; s >= j; s--)
                {
                    arithmetic.Square(result, result);
                }

                arithmetic.Multiply(result, entry, result);
            }
            else
            {
                entry.CopyTo(result);
                started = true;
            }

            i = j - 1;
        }

        for (var s = 0L; s < exponent.TrailingZeroBits; s++)
        {
            arithmetic.Square(result, result);
        }
    }

    private static int WindowFor(int bits) => bits switch
    {
        <= 8 => 1,
        <= 24 => 2,
        <= 80 => 3,
        <= 240 => 4,
        <= 672 => 5,
        _ => MaxWindow,
    };
}
