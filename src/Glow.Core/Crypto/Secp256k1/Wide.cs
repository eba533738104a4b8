using System.Runtime.CompilerServices;

namespace Glow.Core.Crypto;

/// <summary>Full 256×256 → 512-bit products and squares, shared by the field (mod p) and scalar (mod n) arithmetic.</summary>
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

    /// <summary>The 512-bit square a², with the six off-diagonal products computed once and doubled.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sqr(
        ulong a0, ulong a1, ulong a2, ulong a3,
        out ulong t0, out ulong t1, out ulong t2, out ulong t3, out ulong t4, out ulong t5, out ulong t6, out ulong t7)
    {
        // Off-diagonal products a_i·a_j (i < j).
        t1 = Carry.MulAdd(a0, a1, 0, 0, out var c);
        t2 = Carry.MulAdd(a0, a2, c, 0, out c);
        t3 = Carry.MulAdd(a0, a3, c, 0, out t4);
        t3 = Carry.MulAdd(a1, a2, t3, 0, out c);
        t4 = Carry.MulAdd(a1, a3, t4, c, out t5);
        t5 = Carry.MulAdd(a2, a3, t5, 0, out t6);

        // Double them.
        t7 = t6 >> 63;
        t6 = (t6 << 1) | (t5 >> 63);
        t5 = (t5 << 1) | (t4 >> 63);
        t4 = (t4 << 1) | (t3 >> 63);
        t3 = (t3 << 1) | (t2 >> 63);
        t2 = (t2 << 1) | (t1 >> 63);
        t1 <<= 1;

        // Add the squares a_i² on the diagonal.
        var h = Math.BigMul(a0, a0, out t0);
        t1 = Carry.Add(t1, h, 0, out c);
        h = Math.BigMul(a1, a1, out var l);
        t2 = Carry.Add(t2, l, c, out c);
        t3 = Carry.Add(t3, h, c, out c);
        h = Math.BigMul(a2, a2, out l);
        t4 = Carry.Add(t4, l, c, out c);
        t5 = Carry.Add(t5, h, c, out c);
        h = Math.BigMul(a3, a3, out l);
        t6 = Carry.Add(t6, l, c, out c);
        t7 = Carry.Add(t7, h, c, out _);
    }
}
