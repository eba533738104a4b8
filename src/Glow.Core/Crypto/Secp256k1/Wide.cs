using System.Runtime.CompilerServices;

namespace Glow.Core.Crypto;

/// <summary>Full 256×256 → 512-bit products and a three-limb column accumulator, for scalar arithmetic mod n.</summary>
internal static class Wide
{
    /// <summary>The 512-bit product a·b, least significant limb first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Mul(
        ulong a0, ulong a1, ulong a2, ulong a3, ulong b0, ulong b1, ulong b2, ulong b3,
        out ulong t0, out ulong t1, out ulong t2, out ulong t3, out ulong t4, out ulong t5, out ulong t6, out ulong t7)
    {
        t0 = Carry.MulAdd(a0, b0, 0, 0, out var c);
        t1 = Carry.MulAdd(a0, b1, c, 0, out c);
        t2 = Carry.MulAdd(a0, b2, c, 0, out c);
        t3 = Carry.MulAdd(a0, b3, c, 0, out t4);

        t1 = Carry.MulAdd(a1, b0, t1, 0, out c);
        t2 = Carry.MulAdd(a1, b1, t2, c, out c);
        t3 = Carry.MulAdd(a1, b2, t3, c, out c);
        t4 = Carry.MulAdd(a1, b3, t4, c, out t5);

        t2 = Carry.MulAdd(a2, b0, t2, 0, out c);
        t3 = Carry.MulAdd(a2, b1, t3, c, out c);
        t4 = Carry.MulAdd(a2, b2, t4, c, out c);
        t5 = Carry.MulAdd(a2, b3, t5, c, out t6);

        t3 = Carry.MulAdd(a3, b0, t3, 0, out c);
        t4 = Carry.MulAdd(a3, b1, t4, c, out c);
        t5 = Carry.MulAdd(a3, b2, t5, c, out c);
        t6 = Carry.MulAdd(a3, b3, t6, c, out t7);
    }

    /// <summary>Adds a·b to the 192-bit accumulator (c2, c1, c0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MulAcc(ref ulong c0, ref ulong c1, ref ulong c2, ulong a, ulong b)
    {
        var h = Math.BigMul(a, b, out var l);
        c0 = Carry.Add(c0, l, 0, out var c);
        c1 = Carry.Add(c1, h, c, out c);
        c2 += c;
    }

    /// <summary>Adds a to the 192-bit accumulator (c2, c1, c0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Acc(ref ulong c0, ref ulong c1, ref ulong c2, ulong a)
    {
        c0 = Carry.Add(c0, a, 0, out var c);
        c1 = Carry.Add(c1, 0, c, out c);
        c2 += c;
    }

    /// <summary>Takes the low limb out of the accumulator and shifts it down one limb.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Extract(ref ulong c0, ref ulong c1, ref ulong c2)
    {
        var r = c0;
        c0 = c1;
        c1 = c2;
        c2 = 0;
        return r;
    }
}
