namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>Σ kᵢ·Pᵢ over several points (the batched blob-proof check), with the same GLV split and NAF digits.</summary>
internal static partial class G1MultiScalar
{
    /// <summary>Points that share one doubling chain; a longer sum is cut into chunks, keeping the scratch space on the stack.</summary>
    private const int SumChunk = 8;

    /// <summary>
    /// Σ kᵢ·Pᵢ. Each scalar splits into two halves below 2^128 (see <see cref="Decompose"/>), and all 2·n half-length
    /// products of a chunk share one chain of about 128 doublings (Straus), so a sum of n terms costs far less than n
    /// products. Points at infinity and zero scalars contribute nothing. Public inputs only: not constant time.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static JacobianPoint<Fp> Sum(ReadOnlySpan<AffinePoint<Fp>> points, ReadOnlySpan<Fr> scalars)
    {
        if (points.Length != scalars.Length)
        {
            throw new ArgumentException("One scalar per point.", nameof(scalars));
        }

        var result = JacobianPoint<Fp>.Infinity;
        for (var start = 0; start < points.Length; start += SumChunk)
        {
            var count = Math.Min(SumChunk, points.Length - start);
            result = result.Add(SumOfChunk(points.Slice(start, count), scalars.Slice(start, count)));
        }

        return result;
    }

    private static JacobianPoint<Fp> SumOfChunk(ReadOnlySpan<AffinePoint<Fp>> points, ReadOnlySpan<Fr> scalars)
    {
        const int tableSize = 1 << (VariableWidth - 2);

        // For term i: digits of its low half at 2i, of its high half at 2i + 1; odd multiples of Pᵢ and of σ'(Pᵢ) alike.
        Span<sbyte> digits = stackalloc sbyte[SumChunk * 2 * MaxDigits];
        Span<JacobianPoint<Fp>> tables = stackalloc JacobianPoint<Fp>[SumChunk * 2 * tableSize];
        var length = 0;
        for (var i = 0; i < points.Length; i++)
        {
            var low = digits.Slice(2 * i * MaxDigits, MaxDigits);
            var high = digits.Slice(((2 * i) + 1) * MaxDigits, MaxDigits);
            if (points[i].IsInfinity)
            {
                low.Clear();
                high.Clear();
                continue;
            }

            Decompose(scalars[i], out var kLow, out var kHigh);
            length = Math.Max(length, Math.Max(Wnaf(kLow, VariableWidth, low), Wnaf(kHigh, VariableWidth, high)));

            // P, 3P, 5P, 7P and their images under σ' (which maps (X : Y : Z) to (βX : −Y : Z)).
            var table = tables.Slice(2 * i * tableSize, tableSize);
            var sigmaTable = tables.Slice(((2 * i) + 1) * tableSize, tableSize);
            var p1 = points[i].ToJacobian();
            var p2 = p1.Double();
            table[0] = p1;
            for (var j = 1; j < tableSize; j++)
            {
                table[j] = table[j - 1].Add(p2);
            }

            for (var j = 0; j < tableSize; j++)
            {
                sigmaTable[j] = new JacobianPoint<Fp>(table[j].X * G1.Beta, -table[j].Y, table[j].Z);
            }
        }

        var result = JacobianPoint<Fp>.Infinity;
        var halves = 2 * points.Length;
        for (var bit = length - 1; bit >= 0; bit--)
        {
            result = result.Double();
            for (var h = 0; h < halves; h++)
            {
                result = AddDigit(result, tables.Slice(h * tableSize, tableSize), digits[(h * MaxDigits) + bit]);
            }
        }

        return result;
    }
}
