namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// The BLS12-381 curve parameter x = −0xd201000000010000: p = (x − 1)²(x⁴ − x² + 1)/3 + x and r = x⁴ − x² + 1.
/// The Miller loop runs over its bits and the final exponentiation raises to it.
/// </summary>
internal static class BlsParameter
{
    /// <summary>|x|; x itself is negative.</summary>
    public const ulong AbsX = 0xD201000000010000UL;

    private static readonly ulong[] AbsXArray = [AbsX];

    /// <summary>|x| as a one-limb scalar for <see cref="JacobianPoint{T}.Multiply"/>.</summary>
    public static ReadOnlySpan<ulong> AbsXLimbs => AbsXArray;
}
