using System.Runtime.CompilerServices;

namespace Glow.Evm.Gas;

/// <summary>The gas formulas shared by several instructions: words, memory cost and the 63/64 rule.</summary>
public static class GasMath
{
    /// <summary>
    /// The largest memory size, in bytes, that any gas limit could pay for in practice (as geth caps it): a
    /// larger expansion is out of gas without computing its exact price.
    /// </summary>
    public const long MaxMemorySize = 0x1F_FFFF_FFE0;

    /// <summary>The number of 32-byte words needed to hold <paramref name="bytes"/> bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Words(long bytes) => (bytes + 31) >> 5;

    /// <summary>The total cost of a memory of <paramref name="words"/> words: 3·w + w²/512 (yellow paper §H.1, C_mem).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long MemoryCost(long words) => (words * GasCost.MemoryWord) + (long)((ulong)words * (ulong)words / GasCost.QuadraticMemoryDivisor);

    /// <summary>All but one 64th of <paramref name="gas"/> (EIP-150): the most a call or create may forward.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long AllButOne64th(long gas) => gas - (gas >> 6);
}
