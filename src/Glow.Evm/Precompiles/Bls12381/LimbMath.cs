using System.Runtime.CompilerServices;

namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>
/// 64-bit limb primitives with explicit carries for the BLS12-381 fields. Carries come from unsigned
/// comparisons, which the JIT lowers to <c>setcc</c>/<c>adc</c> sequences rather than branches.
/// </summary>
internal static class LimbMath
{
    /// <summary><paramref name="a"/> + <paramref name="b"/> + <paramref name="carryIn"/> (0 or 1); the carry out is 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong a, ulong b, ulong carryIn, out ulong carryOut)
    {
        var s = a + b;
        var c = s < a ? 1UL : 0UL;
        s += carryIn;
        c += s < carryIn ? 1UL : 0UL;
        carryOut = c;
        return s;
    }

    /// <summary><paramref name="a"/> − <paramref name="b"/> − <paramref name="borrowIn"/> (0 or 1); the borrow out is 0 or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Sub(ulong a, ulong b, ulong borrowIn, out ulong borrowOut)
    {
        var d = a - b;
        var w = a < b ? 1UL : 0UL;
        var e = d - borrowIn;
        w += d < borrowIn ? 1UL : 0UL;
        borrowOut = w;
        return e;
    }

    /// <summary>
    /// Low word of <paramref name="a"/>·<paramref name="b"/> + <paramref name="c"/> + <paramref name="d"/>
    /// (the sum always fits in 128 bits); the high word goes to <paramref name="high"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MulAdd(ulong a, ulong b, ulong c, ulong d, out ulong high)
    {
        var h = Math.BigMul(a, b, out var l);
        l += c;
        h += l < c ? 1UL : 0UL;
        l += d;
        h += l < d ? 1UL : 0UL;
        high = h;
        return l;
    }
}
