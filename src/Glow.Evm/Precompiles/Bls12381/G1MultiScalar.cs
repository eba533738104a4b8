using System.Runtime.CompilerServices;

namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// a·P + b·G in G1 (G the generator) with the GLV endomorphism σ(x, y) = (β·x, y), which acts on G1 as
/// multiplication by λ = −x² (see <see cref="G1.Beta"/>). Each 255-bit scalar k splits as k = m + q·x² with
/// m, q &lt; x² &lt; 2^128, and then k·P = m·P + q·σ'(P) with σ'(P) = −σ(P) = (β·x, −y). The four half-length products share
/// one chain of 128 doublings (Straus), each scalar in width-w NAF: odd multiples of P are built per call
/// (Jacobian), those of G and σ'(G) are static affine tables. Public inputs only: not constant time.
/// </summary>
[SkipLocalsInit]
internal static partial class G1MultiScalar
{
    /// <summary>NAF width for the variable point: odd multiples P, 3P, 5P, 7P.</summary>
    private const int VariableWidth = 4;

    /// <summary>NAF width for the generator: odd multiples up to 63·G in the static tables.</summary>
    private const int FixedWidth = 7;

    /// <summary>Digits of a NAF of a number below 2^128 (one more than its bit length).</summary>
    private const int MaxDigits = 130;

    private static readonly AffinePoint<Fp>[] GeneratorTable = OddMultiplesAffine(G1.Generator, 1 << (FixedWidth - 2));
    private static readonly AffinePoint<Fp>[] SigmaGeneratorTable = SigmaPrime(GeneratorTable);

    /// <summary>a·P + b·G.</summary>
    public static JacobianPoint<Fp> MultiplyAndAddGenerator(in AffinePoint<Fp> p, in Fr a, in Fr b)
    {
        Decompose(a, out var aLow, out var aHigh);
        Decompose(b, out var bLow, out var bHigh);

        Span<sbyte> nafA0 = stackalloc sbyte[MaxDigits];
        Span<sbyte> nafA1 = stackalloc sbyte[MaxDigits];
        Span<sbyte> nafB0 = stackalloc sbyte[MaxDigits];
        Span<sbyte> nafB1 = stackalloc sbyte[MaxDigits];
        var length = Math.Max(
            Math.Max(Wnaf(aLow, VariableWidth, nafA0), Wnaf(aHigh, VariableWidth, nafA1)),
            Math.Max(Wnaf(bLow, FixedWidth, nafB0), Wnaf(bHigh, FixedWidth, nafB1)));

        // P, 3P, 5P, 7P and their images under σ' (which maps (X : Y : Z) to (βX : −Y : Z)).
        Span<JacobianPoint<Fp>> table = stackalloc JacobianPoint<Fp>[1 << (VariableWidth - 2)];
        Span<JacobianPoint<Fp>> sigmaTable = stackalloc JacobianPoint<Fp>[1 << (VariableWidth - 2)];
        if (!p.IsInfinity)
        {
            var p1 = p.ToJacobian();
            var p2 = p1.Double();
            table[0] = p1;
            for (var i = 1; i < table.Length; i++)
            {
                table[i] = table[i - 1].Add(p2);
            }

            for (var i = 0; i < table.Length; i++)
            {
                sigmaTable[i] = new JacobianPoint<Fp>(table[i].X * G1.Beta, -table[i].Y, table[i].Z);
            }
        }

        var result = JacobianPoint<Fp>.Infinity;
        for (var i = length - 1; i >= 0; i--)
        {
            result = result.Double();
            if (!p.IsInfinity)
            {
                result = AddDigit(result, table, nafA0[i]);
                result = AddDigit(result, sigmaTable, nafA1[i]);
            }

            result = AddDigit(result, GeneratorTable, nafB0[i]);
            result = AddDigit(result, SigmaGeneratorTable, nafB1[i]);
        }

        return result;
    }

    /// <summary>
    /// k = low + high·x² with 0 ≤ low &lt; x² and high ≤ r/x² &lt; x² &lt; 2^127.5: dividing by |x| twice,
    /// k = q1·|x| + r1 and q1 = high·|x| + r2, gives high = ⌊k/x²⌋ and low = r2·|x| + r1.
    /// </summary>
    internal static void Decompose(in Fr k, out UInt128 low, out UInt128 high)
    {
        Span<ulong> limbs = stackalloc ulong[4];
        k.WriteLimbs(limbs);
        var r1 = DivideBySmall(limbs, BlsParameter.AbsX);
        var r2 = DivideBySmall(limbs, BlsParameter.AbsX);
        low = ((UInt128)r2 * BlsParameter.AbsX) + r1;
        high = new UInt128(limbs[1], limbs[0]);
    }

    /// <summary>
    /// Width-w NAF of k: digits in {0, ±1, ±3, …, ±(2^(w−1) − 1)}, least significant first, with at least w − 1 zeros
    /// after every non-zero digit. Returns the number of digits written.
    /// </summary>
    internal static int Wnaf(UInt128 k, int width, Span<sbyte> digits)
    {
        digits.Clear();
        var window = (1 << width) - 1;
        var half = 1 << (width - 1);
        var length = 0;
        while (k != UInt128.Zero)
        {
            if ((k & UInt128.One) != UInt128.Zero)
            {
                var d = (int)(ulong)(k & (UInt128)(uint)window);
                if (d >= half)
                {
                    d -= 1 << width;
                }

                digits[length] = (sbyte)d;
                k = d >= 0 ? k - (UInt128)(uint)d : k + (UInt128)(uint)(-d);
            }

            k >>= 1;
            length++;
        }

        return length;
    }

    /// <summary>Divides the little-endian integer in place by <paramref name="divisor"/>; returns the remainder.</summary>
    private static ulong DivideBySmall(Span<ulong> limbs, ulong divisor)
    {
        ulong remainder = 0;
        for (var i = limbs.Length - 1; i >= 0; i--)
        {
            var (quotient, rest) = UInt128.DivRem(new UInt128(remainder, limbs[i]), divisor);
            limbs[i] = (ulong)quotient;
            remainder = (ulong)rest;
        }

        return remainder;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JacobianPoint<Fp> AddDigit(in JacobianPoint<Fp> acc, ReadOnlySpan<JacobianPoint<Fp>> oddMultiples, int digit)
    {
        if (digit > 0)
        {
            return acc.Add(oddMultiples[digit >> 1]);
        }

        return digit < 0 ? acc.Add(oddMultiples[-digit >> 1].Negate()) : acc;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JacobianPoint<Fp> AddDigit(in JacobianPoint<Fp> acc, ReadOnlySpan<AffinePoint<Fp>> oddMultiples, int digit)
    {
        if (digit > 0)
        {
            return acc.Add(oddMultiples[digit >> 1]);
        }

        return digit < 0 ? acc.Add(oddMultiples[-digit >> 1].Negate()) : acc;
    }

    /// <summary>P, 3P, …, (2·count − 1)P in affine coordinates (one inversion per point; static setup only).</summary>
    private static AffinePoint<Fp>[] OddMultiplesAffine(in AffinePoint<Fp> p, int count)
    {
        var table = new AffinePoint<Fp>[count];
        var current = p.ToJacobian();
        var twice = current.Double();
        for (var i = 0; i < count; i++)
        {
            table[i] = current.ToAffine();
            current = current.Add(twice);
        }

        return table;
    }

    /// <summary>σ'(P) = (β·x, −y) of each point.</summary>
    private static AffinePoint<Fp>[] SigmaPrime(AffinePoint<Fp>[] points)
    {
        var result = new AffinePoint<Fp>[points.Length];
        for (var i = 0; i < points.Length; i++)
        {
            result[i] = new AffinePoint<Fp>(points[i].X * G1.Beta, -points[i].Y);
        }

        return result;
    }
}
