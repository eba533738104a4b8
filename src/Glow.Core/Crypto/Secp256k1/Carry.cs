using System.Runtime.CompilerServices;

namespace Glow.Core.Crypto;

/// <summary>
/// 64-bit add/subtract/multiply-accumulate with explicit carries, shared by the field and scalar code.
/// Every helper is branch-free: carries come from unsigned comparisons that the JIT lowers to
/// <c>setcc</c>, never to jumps, so the secret-key paths built on them run in constant time. Public because the
/// EVM's bn254 and BLS12-381 field code uses the same primitives.
/// </summary>
public static class Carry
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

    /// <summary>Low word of <paramref name="a"/>·<paramref name="b"/> + <paramref name="c"/> + <paramref name="d"/>, which always fits in 128 bits.</summary>
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

    /// <summary>All ones when <paramref name="bit"/> is 1, zero when it is 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mask(ulong bit) => 0UL - bit;
}
