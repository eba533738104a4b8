using System.Numerics;
using System.Runtime.CompilerServices;

namespace Glow.Core.Crypto;

/// <summary>
/// Variable-time modular inversion by Bernstein–Yang "safegcd" divsteps (for public data: the final
/// normalisation of recovered points and the inverse of r or s). Much faster than Fermat's exponentiation.
/// </summary>
/// <remarks>
/// The state is (δ, f, g) with f = modulus and g = x at the start; each divstep halves g and keeps
/// d·x ≡ f, e·x ≡ g (mod m). Divsteps are batched 62 at a time on the low 64 bits of f and g, collected
/// in a 2×2 integer matrix (scaled by 2^62), which is then applied to the full numbers held in signed
/// 62-bit limbs. Runs of zero bits of g are skipped at once, and several odd steps are merged by adding a
/// multiple of f that clears the low bits of g (using f^−1 mod 2^12). When g reaches 0, f = ±1 and ±d is
/// the inverse. Here η = −δ − ½ so that every divstep lowers η by one and "δ &gt; 0" reads "η &lt; 0".
/// </remarks>
internal static class SafeGcd
{
    private const long M62 = (1L << 62) - 1;

    /// <summary>x^−1 mod p for the field (0 for 0).</summary>
    public static FieldElement InverseVar(in FieldElement x)
    {
        var n = x.Normalize();
        Invert(n.L0, n.L1, n.L2, n.L3, FieldModulus, out var r0, out var r1, out var r2, out var r3);
        return new FieldElement(r0, r1, r2, r3);
    }

    /// <summary>x^−1 mod n for scalars (0 for 0).</summary>
    public static Scalar InverseVar(in Scalar x)
    {
        Invert(x.L0, x.L1, x.L2, x.L3, OrderModulus, out var r0, out var r1, out var r2, out var r3);
        return new Scalar(r0, r1, r2, r3);
    }

    /// <summary>p in signed 62-bit limbs, and p^−1 mod 2^62.</summary>
    private static Modulus FieldModulus => new(0x3FFFFFFEFFFFFC2F, M62, M62, M62, 0xFF, 0x27C7F6E22DDACACF);

    /// <summary>n in signed 62-bit limbs, and n^−1 mod 2^62.</summary>
    private static Modulus OrderModulus => new(0x3FD25E8CD0364141, 0x2ABB739ABD2280EE, 0x3FFFFFFFFFFFFFEB, M62, 0xFF, 0x34F20099AA774EC1);

    private static void Invert(ulong x0, ulong x1, ulong x2, ulong x3, in Modulus m, out ulong r0, out ulong r1, out ulong r2, out ulong r3)
    {
        var f = new Limbs(m.L0, m.L1, m.L2, m.L3, m.L4);
        var g = new Limbs((long)x0 & M62, (long)((x0 >> 62) | (x1 << 2)) & M62, (long)((x1 >> 60) | (x2 << 4)) & M62, (long)((x2 >> 58) | (x3 << 6)) & M62, (long)(x3 >> 56));
        var d = default(Limbs);
        var e = new Limbs(1, 0, 0, 0, 0);
        var eta = -1;
        while (!g.IsZero)
        {
            eta = DivSteps(eta, f.L0, g.L0, out var t);
            UpdateFg(ref f, ref g, t);
            UpdateDe(ref d, ref e, t, m);
        }

        // f = ±1 now; the inverse is d·f, brought into [0, m).
        if (f.L4 < 0)
        {
            d = Normalize(Negate(d), m);
        }

        r0 = (ulong)d.L0 | ((ulong)d.L1 << 62);
        r1 = ((ulong)d.L1 >> 2) | ((ulong)d.L2 << 60);
        r2 = ((ulong)d.L2 >> 4) | ((ulong)d.L3 << 58);
        r3 = ((ulong)d.L3 >> 6) | ((ulong)d.L4 << 56);
    }

    /// <summary>
    /// 62 divsteps on the low words of f and g; returns the new η and the matrix t with
    /// 2^62·(f', g') = (u·f + v·g, q·f + r·g).
    /// </summary>
    private static int DivSteps(int eta, long f0, long g0, out Matrix t)
    {
        ulong f = (ulong)f0, g = (ulong)g0;
        long u = 1, v = 0, q = 0, r = 1;
        var i = 62;
        while (true)
        {
            // Steps with g even: g/2, and the f row doubles (the matrix is scaled by 2 per step).
            var zeros = BitOperations.TrailingZeroCount(g | (1UL << i));
            g >>= zeros;
            u <<= zeros;
            v <<= zeros;
            eta -= zeros;
            i -= zeros;
            if (i == 0)
            {
                break;
            }

            // g is odd. With δ > 0 the step swaps: (f, g) ← (g, −f), then continues as an odd step.
            if (eta < 0)
            {
                eta = -eta - 1;
                (f, g) = (g, 0 - f);
                (u, v, q, r) = (q, r, -u, -v);
            }

            // The next `limit` steps cannot swap (η stays ≥ 0 while they run): together they add w·f to g,
            // with w chosen so that the low `limit` bits of g clear; the zero skip above then performs them.
            var limit = Math.Min(Math.Min(eta + 1, i), 12);
            var mask = (1UL << limit) - 1;
            var w = (0 - (g * InverseMod4096(f))) & mask;
            g += f * w;
            q += u * (long)w;
            r += v * (long)w;
        }

        t = new Matrix(u, v, q, r);
        return eta;
    }

    /// <summary>f^−1 mod 2^12 for odd f by Newton's iteration (x ← x·(2 − f·x) doubles the correct bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong InverseMod4096(ulong f)
    {
        var x = f; // f·f ≡ 1 (mod 8) for odd f: three correct bits
        x *= 2 - (f * x);
        x *= 2 - (f * x);
        return x;
    }

    /// <summary>(f, g) ← t·(f, g) / 2^62 (exact: the low 62 bits cancel by construction).</summary>
    private static void UpdateFg(ref Limbs f, ref Limbs g, in Matrix t)
    {
        var cf = Math.BigMul(t.U, f.L0) + Math.BigMul(t.V, g.L0);
        var cg = Math.BigMul(t.Q, f.L0) + Math.BigMul(t.R, g.L0);
        cf >>= 62;
        cg >>= 62;
        cf += Math.BigMul(t.U, f.L1) + Math.BigMul(t.V, g.L1);
        cg += Math.BigMul(t.Q, f.L1) + Math.BigMul(t.R, g.L1);
        var f0 = (long)cf & M62;
        var g0 = (long)cg & M62;
        cf >>= 62;
        cg >>= 62;
        cf += Math.BigMul(t.U, f.L2) + Math.BigMul(t.V, g.L2);
        cg += Math.BigMul(t.Q, f.L2) + Math.BigMul(t.R, g.L2);
        var f1 = (long)cf & M62;
        var g1 = (long)cg & M62;
        cf >>= 62;
        cg >>= 62;
        cf += Math.BigMul(t.U, f.L3) + Math.BigMul(t.V, g.L3);
        cg += Math.BigMul(t.Q, f.L3) + Math.BigMul(t.R, g.L3);
        var f2 = (long)cf & M62;
        var g2 = (long)cg & M62;
        cf >>= 62;
        cg >>= 62;
        cf += Math.BigMul(t.U, f.L4) + Math.BigMul(t.V, g.L4);
        cg += Math.BigMul(t.Q, f.L4) + Math.BigMul(t.R, g.L4);
        var f3 = (long)cf & M62;
        var g3 = (long)cg & M62;
        f = new Limbs(f0, f1, f2, f3, (long)(cf >> 62));
        g = new Limbs(g0, g1, g2, g3, (long)(cg >> 62));
    }

    /// <summary>
    /// (d, e) ← t·(d, e) / 2^62 mod m: a multiple of m is added first so the division is exact. With d, e
    /// in [0, m) and |u| + |v| ≤ 2^62 the result lies in (−m, 2m) and one correction brings it back.
    /// </summary>
    private static void UpdateDe(ref Limbs d, ref Limbs e, in Matrix t, in Modulus m)
    {
        var cd = Math.BigMul(t.U, d.L0) + Math.BigMul(t.V, e.L0);
        var ce = Math.BigMul(t.Q, d.L0) + Math.BigMul(t.R, e.L0);
        var md = (long)(0 - ((ulong)(long)cd * m.Inverse62)) & M62;
        var me = (long)(0 - ((ulong)(long)ce * m.Inverse62)) & M62;
        cd += Math.BigMul(md, m.L0);
        ce += Math.BigMul(me, m.L0);
        cd >>= 62;
        ce >>= 62;
        cd += Math.BigMul(t.U, d.L1) + Math.BigMul(t.V, e.L1) + Math.BigMul(md, m.L1);
        ce += Math.BigMul(t.Q, d.L1) + Math.BigMul(t.R, e.L1) + Math.BigMul(me, m.L1);
        var d0 = (long)cd & M62;
        var e0 = (long)ce & M62;
        cd >>= 62;
        ce >>= 62;
        cd += Math.BigMul(t.U, d.L2) + Math.BigMul(t.V, e.L2) + Math.BigMul(md, m.L2);
        ce += Math.BigMul(t.Q, d.L2) + Math.BigMul(t.R, e.L2) + Math.BigMul(me, m.L2);
        var d1 = (long)cd & M62;
        var e1 = (long)ce & M62;
        cd >>= 62;
        ce >>= 62;
        cd += Math.BigMul(t.U, d.L3) + Math.BigMul(t.V, e.L3) + Math.BigMul(md, m.L3);
        ce += Math.BigMul(t.Q, d.L3) + Math.BigMul(t.R, e.L3) + Math.BigMul(me, m.L3);
        var d2 = (long)cd & M62;
        var e2 = (long)ce & M62;
        cd >>= 62;
        ce >>= 62;
        cd += Math.BigMul(t.U, d.L4) + Math.BigMul(t.V, e.L4) + Math.BigMul(md, m.L4);
        ce += Math.BigMul(t.Q, d.L4) + Math.BigMul(t.R, e.L4) + Math.BigMul(me, m.L4);
        var d3 = (long)cd & M62;
        var e3 = (long)ce & M62;
        d = Normalize(new Limbs(d0, d1, d2, d3, (long)(cd >> 62)), m);
        e = Normalize(new Limbs(e0, e1, e2, e3, (long)(ce >> 62)), m);
    }

    /// <summary>Brings a value in (−m, 2m) into [0, m).</summary>
    private static Limbs Normalize(in Limbs a, in Modulus m)
    {
        if (a.L4 < 0)
        {
            return Add(a, m, 1);
        }

        var reduced = Add(a, m, -1);
        return reduced.L4 < 0 ? a : reduced;
    }

    /// <summary>a + sign·m with carries, limbs 0..3 back in [0, 2^62).</summary>
    private static Limbs Add(in Limbs a, in Modulus m, long sign)
    {
        var c = a.L0 + (sign * m.L0);
        var r0 = c & M62;
        c = (c >> 62) + a.L1 + (sign * m.L1);
        var r1 = c & M62;
        c = (c >> 62) + a.L2 + (sign * m.L2);
        var r2 = c & M62;
        c = (c >> 62) + a.L3 + (sign * m.L3);
        var r3 = c & M62;
        return new Limbs(r0, r1, r2, r3, (c >> 62) + a.L4 + (sign * m.L4));
    }

    private static Limbs Negate(in Limbs a)
    {
        var c = -a.L0;
        var r0 = c & M62;
        c = (c >> 62) - a.L1;
        var r1 = c & M62;
        c = (c >> 62) - a.L2;
        var r2 = c & M62;
        c = (c >> 62) - a.L3;
        var r3 = c & M62;
        return new Limbs(r0, r1, r2, r3, (c >> 62) - a.L4);
    }

    /// <summary>A signed integer Σ L_k·2^(62k): L0..L3 in [0, 2^62), L4 carries the sign.</summary>
    private readonly record struct Limbs(long L0, long L1, long L2, long L3, long L4)
    {
        public bool IsZero => (L0 | L1 | L2 | L3 | L4) == 0;
    }

    /// <summary>The 62-divstep transition matrix [[U, V], [Q, R]], scaled by 2^62.</summary>
    private readonly record struct Matrix(long U, long V, long Q, long R);

    /// <summary>An odd modulus in 62-bit limbs with its inverse mod 2^62.</summary>
    private readonly record struct Modulus(long L0, long L1, long L2, long L3, long L4, ulong Inverse62);
}
