namespace Glow.Core.Crypto;

/// <summary>
/// The GLV endomorphism: λ·(x, y) = (β·x, y), so k·P = k1·P + k2·(λP) with k1, k2 about half as long as k.
/// </summary>
/// <remarks>
/// The split uses the short lattice basis (a1, b1), (a2, b2) of {(x, y) : x + y·λ ≡ 0 mod n}:
/// c1 = round(k·b2/n), c2 = round(−k·b1/n), k2 = −c1·b1 − c2·b2, k1 = k − k2·λ. The two divisions are
/// replaced by multiplications with the precomputed g1 = round(2^384·b2/n), g2 = round(−2^384·b1/n) and a
/// shift by 384 bits. This path is only used on public scalars (signature verification and recovery).
/// </remarks>
internal readonly partial struct Scalar
{
    /// <summary>λ, a primitive cube root of unity mod n, matching <see cref="FieldElement.Beta"/>.</summary>
    public static Scalar Lambda => new(0xDF02967C1B23BD72UL, 0x122E22EA20816678UL, 0xA5261C028812645AUL, 0x5363AD4CC05C30E0UL);

    /// <summary>−b1 = 0xe4437ed6010e88286f547fa90abfe4c3.</summary>
    private static Scalar MinusB1 => new(0x6F547FA90ABFE4C3UL, 0xE4437ED6010E8828UL, 0, 0);

    /// <summary>−b2 mod n, where b2 = a1 = 0x3086d221a7d46bcde86c90e49284eb15.</summary>
    private static Scalar MinusB2 => new(0xD765CDA83DB1562CUL, 0x8A280AC50774346DUL, 0xFFFFFFFFFFFFFFFEUL, 0xFFFFFFFFFFFFFFFFUL);

    /// <summary>Splits k into k1 + k2·λ (mod n). Each half is returned reduced mod n; see <see cref="Shorten"/>.</summary>
    public static void SplitLambda(in Scalar k, out Scalar k1, out Scalar k2)
    {
        var c1 = MulShift384(k, 0xE893209A45DBB031UL, 0x3DAA8A1471E8CA7FUL, 0xE86C90E49284EB15UL, 0x3086D221A7D46BCDUL);
        var c2 = MulShift384(k, 0x1571B4AE8AC47F71UL, 0x221208AC9DF506C6UL, 0x6F547FA90ABFE4C4UL, 0xE4437ED6010E8828UL);
        k2 = (c1 * MinusB1) + (c2 * MinusB2);
        k1 = k - (k2 * Lambda);
    }

    /// <summary>
    /// The representative of smaller magnitude: the value itself, or n − value with <paramref name="negated"/>
    /// set when that is shorter. After <see cref="SplitLambda"/> both halves are at most 128 bits long.
    /// </summary>
    public Scalar Shorten(out bool negated)
    {
        negated = IsHigh;
        return negated ? -this : this;
    }

    /// <summary>round(k·g / 2^384) for a 256-bit constant g (the result has at most 128 bits).</summary>
    private static Scalar MulShift384(in Scalar k, ulong g0, ulong g1, ulong g2, ulong g3)
    {
        Wide.Mul(k.L0, k.L1, k.L2, k.L3, g0, g1, g2, g3, out _, out _, out _, out _, out _, out var t5, out var t6, out var t7);
        var lo = Carry.Add(t6, t5 >> 63, 0, out var c);
        return new Scalar(lo, t7 + c, 0, 0);
    }
}
