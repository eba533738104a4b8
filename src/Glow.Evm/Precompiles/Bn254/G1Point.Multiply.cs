using Glow.Evm.Precompiles.ModExp;

namespace Glow.Evm.Precompiles.Bn254;

/// <summary>
/// Scalar multiplication on G1 with the GLV endomorphism (Gallant, Lambert, Vanstone, CRYPTO 2001): on
/// y² = x³ + 3 the map φ(x, y) = (β·x, y), β a cube root of unity in F_p, acts on G1 as multiplication by λ, a
/// cube root of unity modulo r. A 256-bit k is split as k ≡ k1 + k2·λ (mod r) with |k1|, |k2| &lt; 2^129, and
/// k·P = k1·P + k2·φ(P) is evaluated with one shared chain of about 128 doublings (interleaved width-5 NAFs)
/// instead of 256. Variable time: the scalar is public call data.
/// </summary>
internal readonly partial struct G1Point
{
    /// <summary>β, the cube root of unity with φ(P) = λ·P on G1, in Montgomery form.</summary>
    private static readonly Fp Beta = Fp.FromCanonical(0x5763473177fffffeUL, 0xd4f263f1acdb5c4fUL, 0x59e26bcea0d48bacUL, 0);

    // A reduced basis of the lattice {(a, b) : a + b·λ ≡ 0 (mod r)}: v1 = (A1, −B1), v2 = (A2, B2), det = r.
    private const ulong A1 = 0x89d3256894d213e3UL;
    private const ulong B2 = 0x89d3256894d213e3UL;

    private static ReadOnlySpan<ulong> A2 => [0x0be4e1541221250bUL, 0x6f4d8248eeb859fdUL];

    private static ReadOnlySpan<ulong> MinusB1 => [0x8211bbeb7d4f1128UL, 0x6f4d8248eeb859fcUL];

    // ⌊2^256·B2/r⌉ and ⌊2^256·(−B1)/r⌉: c1 = ⌊k·G1/2^256⌋, c2 = ⌊k·G2/2^256⌋ approximate the exact rounding
    // closely enough that |k1|, |k2| stay below 2^129.
    private static ReadOnlySpan<ulong> G1Round => [0xd91d232ec7e0b3d7UL, 0x0000000000000002UL];

    private static ReadOnlySpan<ulong> G2Round => [0x7a7bd9d4391eb18eUL, 0x4ccef014a773d2cfUL, 0x0000000000000002UL];

    /// <summary>φ(P) = (β·x, y); on Jacobian coordinates X is multiplied by β.</summary>
    public static G1Point Endomorphism(in G1Point p) => new(p.X * Beta, p.Y, p.Z);

    /// <summary>k·P for a 256-bit scalar given as 32 big-endian bytes (not reduced modulo r; the result is the same).</summary>
    public static G1Point Multiply(in G1Point p, ReadOnlySpan<byte> scalar32)
    {
        if (p.IsInfinity)
        {
            return p;
        }

        Span<byte> k1 = stackalloc byte[32];
        Span<byte> k2 = stackalloc byte[32];
        Decompose(scalar32, k1, out var k1Negative, k2, out var k2Negative);
        Span<sbyte> naf1 = stackalloc sbyte[257];
        Span<sbyte> naf2 = stackalloc sbyte[257];
        var length1 = Wnaf.Compute(k1, naf1);
        var length2 = Wnaf.Compute(k2, naf2);

        // Odd multiples of ±P and of ±φ(P), signs folded in: table1[i] = (2i + 1)·(±P), table2[i] = φ(table1[i]) or its negative.
        Span<G1Point> table1 = stackalloc G1Point[Wnaf.TableSize];
        Span<G1Point> table2 = stackalloc G1Point[Wnaf.TableSize];
        table1[0] = k1Negative ? Negate(p) : p;
        var twice = Double(table1[0]);
        for (var i = 1; i < table1.Length; i++)
        {
            table1[i] = Add(table1[i - 1], twice);
        }

        for (var i = 0; i < table2.Length; i++)
        {
            var image = Endomorphism(table1[i]);
            table2[i] = k1Negative != k2Negative ? Negate(image) : image;
        }

        var acc = Infinity;
        for (var i = Math.Max(length1, length2) - 1; i >= 0; i--)
        {
            acc = Double(acc);
            acc = AddDigit(acc, naf1[i], table1);
            acc = AddDigit(acc, naf2[i], table2);
        }

        return acc;
    }

    /// <summary>
    /// Splits k into k1 + k2·λ (mod r): c1 = ⌊k·g1⌋, c2 = ⌊k·g2⌋ (g scaled by 2^256), k1 = k − c1·A1 − c2·A2,
    /// k2 = c1·(−B1) − c2·B2. Both results are below 2^129 in absolute value, so the arithmetic runs modulo 2^192
    /// (three limbs, two's complement) and the top bit gives the sign. Writes |k1|, |k2| as 32 big-endian bytes.
    /// </summary>
    internal static void Decompose(ReadOnlySpan<byte> scalar32, Span<byte> k1Out, out bool k1Negative, Span<byte> k2Out, out bool k2Negative)
    {
        Span<ulong> k = stackalloc ulong[4];
        Limbs.FromBigEndian(scalar32, k);

        Span<ulong> product = stackalloc ulong[7];
        Limbs.Multiply(k, G1Round, product[..6]);
        Span<ulong> c1 = stackalloc ulong[3];
        product.Slice(4, 2).CopyTo(c1);
        Limbs.Multiply(k, G2Round, product);
        Span<ulong> c2 = stackalloc ulong[3];
        product.Slice(4, 3).CopyTo(c2);

        Span<ulong> t = stackalloc ulong[3];
        Span<ulong> k1 = stackalloc ulong[3];
        k[..3].CopyTo(k1);
        Limbs.MultiplyLow(c1, [A1, 0, 0], t);
        Limbs.SubtractInPlace(k1, t);
        Limbs.MultiplyLow(c2, [A2[0], A2[1], 0], t);
        Limbs.SubtractInPlace(k1, t);

        Span<ulong> k2 = stackalloc ulong[3];
        Limbs.MultiplyLow(c1, [MinusB1[0], MinusB1[1], 0], k2);
        Limbs.MultiplyLow(c2, [B2, 0, 0], t);
        Limbs.SubtractInPlace(k2, t);

        k1Negative = WriteMagnitude(k1, k1Out);
        k2Negative = WriteMagnitude(k2, k2Out);
    }

    // Writes |v| (v a three-limb two's-complement number) as 32 big-endian bytes; true when v was negative.
    private static bool WriteMagnitude(Span<ulong> v, Span<byte> output32)
    {
        var negative = (v[2] >> 63) != 0;
        if (negative)
        {
            for (var i = 0; i < 3; i++)
            {
                v[i] = ~v[i];
            }

            Limbs.AddInPlace(v, [1]);
        }

        Limbs.ToBigEndian(v, output32);
        return negative;
    }

    private static G1Point AddDigit(in G1Point acc, sbyte digit, ReadOnlySpan<G1Point> table)
    {
        if (digit > 0)
        {
            return Add(acc, table[digit >> 1]);
        }

        return digit < 0 ? Add(acc, Negate(table[-digit >> 1])) : acc;
    }
}
