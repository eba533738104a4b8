using System.Buffers.Binary;
using System.Numerics;

namespace Glow.Evm.Precompiles.ModExp;

/// <summary>
/// Multi-precision helpers on little-endian spans of 64-bit limbs (variable length, variable time: modexp
/// works on public call data).
/// </summary>
internal static class Limbs
{
    /// <summary>The number of limbs needed for <paramref name="byteCount"/> bytes.</summary>
    public static int CountFor(int byteCount) => (byteCount + 7) / 8;

    /// <summary>Reads big-endian bytes into limbs (zero-filling the limbs above the value).</summary>
    public static void FromBigEndian(ReadOnlySpan<byte> bytes, Span<ulong> limbs)
    {
        limbs.Clear();
        var limb = 0;
        var end = bytes.Length;
        while (end >= 8)
        {
            limbs[limb++] = BinaryPrimitives.ReadUInt64BigEndian(bytes.Slice(end - 8, 8));
            end -= 8;
        }

        ulong top = 0;
        for (var i = 0; i < end; i++)
        {
            top = (top << 8) | bytes[i];
        }

        if (end > 0)
        {
            limbs[limb] = top;
        }
    }

    /// <summary>Writes the value as exactly <c>output.Length</c> big-endian bytes (the value must fit).</summary>
    public static void ToBigEndian(ReadOnlySpan<ulong> limbs, Span<byte> output)
    {
        output.Clear();
        for (var i = 0; i < limbs.Length; i++)
        {
            for (var b = 0; b < 8; b++)
            {
                var index = output.Length - 1 - (8 * i) - b;
                if (index < 0)
                {
                    return;
                }

                output[index] = (byte)(limbs[i] >> (8 * b));
            }
        }
    }

    /// <summary>The number of limbs without the leading zero limbs.</summary>
    public static int SignificantLength(ReadOnlySpan<ulong> limbs)
    {
        var length = limbs.Length;
        while (length > 0 && limbs[length - 1] == 0)
        {
            length--;
        }

        return length;
    }

    /// <summary>True when every limb is zero.</summary>
    public static bool IsZero(ReadOnlySpan<ulong> limbs) => !limbs.ContainsAnyExcept(0UL);

    /// <summary>Compares equal-length values.</summary>
    public static int Compare(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        for (var i = a.Length - 1; i >= 0; i--)
        {
            if (a[i] != b[i])
            {
                return a[i] < b[i] ? -1 : 1;
            }
        }

        return 0;
    }

    /// <summary>a −= b over equal lengths; returns the borrow out.</summary>
    public static ulong SubtractInPlace(Span<ulong> a, ReadOnlySpan<ulong> b)
    {
        ulong borrow = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var ai = a[i];
            var d = ai - b[i];
            var w = ai < b[i] ? 1UL : 0UL;
            var e = d - borrow;
            w += d < borrow ? 1UL : 0UL;
            a[i] = e;
            borrow = w;
        }

        return borrow;
    }

    /// <summary>a += b where b may be shorter; returns the carry out of a.</summary>
    public static ulong AddInPlace(Span<ulong> a, ReadOnlySpan<ulong> b)
    {
        ulong carry = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var bi = i < b.Length ? b[i] : 0UL;
            if (i >= b.Length && carry == 0)
            {
                break;
            }

            var s = (UInt128)a[i] + bi + carry;
            a[i] = (ulong)s;
            carry = (ulong)(s >> 64);
        }

        return carry;
    }

    /// <summary>The full product a·b into <paramref name="product"/> (length at least a.Length + b.Length, cleared here).</summary>
    public static void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> product)
    {
        product.Clear();
        for (var i = 0; i < a.Length; i++)
        {
            ulong carry = 0;
            for (var j = 0; j < b.Length; j++)
            {
                var t = ((UInt128)a[i] * b[j]) + product[i + j] + carry;
                product[i + j] = (ulong)t;
                carry = (ulong)(t >> 64);
            }

            product[i + b.Length] = carry;
        }
    }

    /// <summary>The low <c>result.Length</c> limbs of a·b (a and b at least that long); result must not alias them.</summary>
    public static void MultiplyLow(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        var n = result.Length;
        result.Clear();
        for (var i = 0; i < n; i++)
        {
            ulong carry = 0;
            var ai = a[i];
            for (var j = 0; i + j < n; j++)
            {
                var t = ((UInt128)ai * b[j]) + result[i + j] + carry;
                result[i + j] = (ulong)t;
                carry = (ulong)(t >> 64);
            }
        }
    }

    /// <summary>
    /// u mod v by Knuth's algorithm D (TAOCP vol. 2, 4.3.1), written into <paramref name="remainder"/>
    /// (v.Length limbs). v must have a nonzero top limb. <paramref name="scratch"/> needs u.Length + v.Length + 1 limbs.
    /// </summary>
    public static void Remainder(ReadOnlySpan<ulong> u, ReadOnlySpan<ulong> v, Span<ulong> remainder, Span<ulong> scratch)
    {
        var n = v.Length;
        remainder.Clear();
        var uLength = SignificantLength(u);
        if (uLength < n || (uLength == n && Compare(u[..n], v) < 0))
        {
            u[..uLength].CopyTo(remainder);
            return;
        }

        if (n == 1)
        {
            ulong rem = 0;
            for (var i = uLength - 1; i >= 0; i--)
            {
                rem = (ulong)((((UInt128)rem << 64) | u[i]) % v[0]);
            }

            remainder[0] = rem;
            return;
        }

        // D1: normalise so that the divisor's top bit is set.
        var shift = BitOperations.LeadingZeroCount(v[n - 1]);
        var vn = scratch[..n];
        var un = scratch.Slice(n, uLength + 1);
        ShiftLeft(v, shift, vn);
        un[uLength] = shift == 0 ? 0 : u[uLength - 1] >> (64 - shift);
        ShiftLeft(u[..uLength], shift, un[..uLength]);

        var vTop = vn[n - 1];
        var vNext = vn[n - 2];
        for (var j = uLength - n; j >= 0; j--)
        {
            // D3: estimate the quotient digit from the top two limbs, then correct it (at most twice).
            var numerator = ((UInt128)un[j + n] << 64) | un[j + n - 1];
            var qHat = numerator / vTop;
            var rHat = numerator - (qHat * vTop);
            while (qHat > ulong.MaxValue || (qHat * vNext) > ((rHat << 64) | un[j + n - 2]))
            {
                qHat--;
                rHat += vTop;
                if (rHat > ulong.MaxValue)
                {
                    break;
                }
            }

            // D4: un[j .. j+n] −= qHat·vn.
            var q = (ulong)qHat;
            ulong borrow = 0;
            for (var i = 0; i < n; i++)
            {
                var product = ((UInt128)q * vn[i]) + borrow;
                var low = (ulong)product;
                borrow = (ulong)(product >> 64);
                var before = un[i + j];
                un[i + j] = before - low;
                if (before < low)
                {
                    borrow++;
                }
            }

            var top = un[j + n];
            un[j + n] = top - borrow;

            // D6: the estimate was one too large; add the divisor back.
            if (top < borrow)
            {
                ulong carry = 0;
                for (var i = 0; i < n; i++)
                {
                    var s = (UInt128)un[i + j] + vn[i] + carry;
                    un[i + j] = (ulong)s;
                    carry = (ulong)(s >> 64);
                }

                un[j + n] += carry;
            }
        }

        // D8: the remainder is the low n limbs, shifted back.
        for (var i = 0; i < n; i++)
        {
            remainder[i] = shift == 0 ? un[i] : (un[i] >> shift) | (un[i + 1] << (64 - shift));
        }
    }

    private static void ShiftLeft(ReadOnlySpan<ulong> source, int shift, Span<ulong> destination)
    {
        if (shift == 0)
        {
            source.CopyTo(destination);
            return;
        }

        for (var i = source.Length - 1; i > 0; i--)
        {
            destination[i] = (source[i] << shift) | (source[i - 1] >> (64 - shift));
        }

        destination[0] = source[0] << shift;
    }
}
