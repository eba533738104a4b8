using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Glow.Core.Numerics;

public readonly partial struct UInt256
{
    /// <summary>
    /// Unsigned <c>a / b</c> rounded towards zero (DIV). Division by zero gives zero, as the EVM defines
    /// it (yellow paper, appendix H, DIV).
    /// </summary>
    public static UInt256 operator /(in UInt256 a, in UInt256 b)
    {
        Divide(in a, in b, out var q);
        return q;
    }

    /// <summary>Unsigned <c>a mod b</c> (MOD). Modulo zero gives zero, as the EVM defines it.</summary>
    public static UInt256 operator %(in UInt256 a, in UInt256 b)
    {
        Mod(in a, in b, out var r);
        return r;
    }

    /// <summary>Unsigned <c>a / b</c> into <paramref name="quotient"/>; zero when <paramref name="b"/> is zero (EVM rule).</summary>
    public static void Divide(in UInt256 a, in UInt256 b, out UInt256 quotient) => DivideRemainder(in a, in b, out quotient, out _);

    /// <summary>Unsigned <c>a mod b</c> into <paramref name="remainder"/>; zero when <paramref name="b"/> is zero (EVM rule).</summary>
    public static void Mod(in UInt256 a, in UInt256 b, out UInt256 remainder) => DivideRemainder(in a, in b, out _, out remainder);

    /// <summary>
    /// Quotient and remainder of the unsigned division <c>a / b</c>, so that <c>a = q·b + r</c> and <c>r &lt; b</c>.
    /// Both are zero when <paramref name="b"/> is zero (EVM rule). The outputs may be the same variables as the inputs.
    /// </summary>
    public static void DivideRemainder(in UInt256 a, in UInt256 b, out UInt256 quotient, out UInt256 remainder)
    {
        // Every branch computes both results before assigning either, so the outputs may alias the inputs.
        UInt256 q;
        UInt256 r;
        if ((b.U1 | b.U2 | b.U3) == 0)
        {
            if (b.U0 == 0)
            {
                q = default;
                r = default;
            }
            else if ((a.U1 | a.U2 | a.U3) == 0)
            {
                ulong q0 = a.U0 / b.U0;
                q = new UInt256(q0);
                r = new UInt256(a.U0 - (q0 * b.U0));
            }
            else
            {
                r = new UInt256(DivideBySingleLimb(in a, b.U0, out q));
            }
        }
        else if (a < b)
        {
            q = default;
            r = a;
        }
        else
        {
            DivideByMultipleLimbs(in a, in b, out q, out r);
        }

        quotient = q;
        remainder = r;
    }

    /// <summary>
    /// <c>a / d</c> for one nonzero limb <paramref name="d"/>, returning the remainder: four 128-by-64
    /// divisions, each two multiplications with the divisor's precomputed reciprocal.
    /// </summary>
    private static ulong DivideBySingleLimb(in UInt256 a, ulong d, out UInt256 quotient)
    {
        // Normalise so the divisor's top bit is set; (x >> 1) >> (63 − s) is x >> (64 − s) and 0 for s = 0.
        int s = BitOperations.LeadingZeroCount(d);
        int c = 63 - s;
        ulong dn = d << s;
        ulong reciprocal = Reciprocal(dn);
        ulong q3 = DivideTwoByOne((a.U3 >> 1) >> c, (a.U3 << s) | ((a.U2 >> 1) >> c), dn, reciprocal, out ulong r);
        ulong q2 = DivideTwoByOne(r, (a.U2 << s) | ((a.U1 >> 1) >> c), dn, reciprocal, out r);
        ulong q1 = DivideTwoByOne(r, (a.U1 << s) | ((a.U0 >> 1) >> c), dn, reciprocal, out r);
        ulong q0 = DivideTwoByOne(r, a.U0 << s, dn, reciprocal, out r);
        quotient = new UInt256(q0, q1, q2, q3);
        return r >> s;
    }

    /// <summary><c>a / b</c> for <c>a ≥ b</c> and <paramref name="b"/> of two to four limbs.</summary>
    [SkipLocalsInit]
    private static void DivideByMultipleLimbs(in UInt256 a, in UInt256 b, out UInt256 quotient, out UInt256 remainder)
    {
        int divisorZeros = LeadingZeroCount(in b);
        int n = 4 - (divisorZeros >> 6);
        int aLimbs = 4 - (LeadingZeroCount(in a) >> 6);

        // D1 (normalise): shift both so the divisor's top limb has its top bit set; the dividend gains a limb.
        // (x >> 1) >> c is x >> (64 − s), and 0 for s = 0.
        int s = divisorZeros & 63;
        int c = 63 - s;
        Span<ulong> vn = stackalloc ulong[4];
        vn[3] = (b.U3 << s) | ((b.U2 >> 1) >> c);
        vn[2] = (b.U2 << s) | ((b.U1 >> 1) >> c);
        vn[1] = (b.U1 << s) | ((b.U0 >> 1) >> c);
        vn[0] = b.U0 << s;
        Span<ulong> un = stackalloc ulong[5];
        un[4] = (a.U3 >> 1) >> c;
        un[3] = (a.U3 << s) | ((a.U2 >> 1) >> c);
        un[2] = (a.U2 << s) | ((a.U1 >> 1) >> c);
        un[1] = (a.U1 << s) | ((a.U0 >> 1) >> c);
        un[0] = a.U0 << s;

        Span<ulong> q = stackalloc ulong[4];
        q.Clear();
        DivideNormalized(un[..(aLimbs + 1)], vn[..n], q);
        quotient = new UInt256(q[0], q[1], q[2], q[3]);

        // D8: the remainder is un shifted back; every limb from n up is zero by now.
        remainder = new UInt256(
            (un[0] >> s) | ((un[1] << 1) << c),
            (un[1] >> s) | ((un[2] << 1) << c),
            (un[2] >> s) | ((un[3] << 1) << c),
            (un[3] >> s) | ((un[4] << 1) << c));
    }

    /// <summary>
    /// Remainder of <paramref name="u"/> (up to 8 limbs, the 512-bit product of MULMOD or the 257-bit sum
    /// of ADDMOD) modulo the nonzero <paramref name="v"/>.
    /// </summary>
    [SkipLocalsInit]
    private static void ModWide(ReadOnlySpan<ulong> u, in UInt256 v, out UInt256 remainder)
    {
        int uLimbs = u.Length;
        while (uLimbs > 0 && u[uLimbs - 1] == 0)
        {
            uLimbs--;
        }

        u = u[..uLimbs];
        int divisorZeros = LeadingZeroCount(in v);
        int n = 4 - (divisorZeros >> 6);
        if (n == 1)
        {
            remainder = new UInt256(RemainderBySingleLimb(u, v.U0));
            return;
        }

        if (uLimbs < n)
        {
            remainder = FromLimbs(u);
            return;
        }

        int s = divisorZeros & 63;
        int c = 63 - s;
        ShiftLeft(in v, s, out var vn);
        Span<ulong> un = stackalloc ulong[9];
        un[uLimbs] = (u[uLimbs - 1] >> 1) >> c;
        for (int i = uLimbs - 1; i > 0; i--)
        {
            un[i] = (u[i] << s) | ((u[i - 1] >> 1) >> c);
        }

        un[0] = u[0] << s;
        Span<ulong> q = stackalloc ulong[8];
        DivideNormalized(un[..(uLimbs + 1)], Limbs(in vn)[..n], q);
        remainder = FromLimbs(un[..n]) >> s;
    }

    /// <summary><paramref name="u"/> modulo one nonzero limb <paramref name="d"/>, most significant limb first.</summary>
    private static ulong RemainderBySingleLimb(ReadOnlySpan<ulong> u, ulong d)
    {
        int s = BitOperations.LeadingZeroCount(d);
        int c = 63 - s;
        ulong dn = d << s;
        ulong reciprocal = Reciprocal(dn);
        ulong rem = 0;
        ulong previous = 0;
        for (int i = u.Length - 1; i >= 0; i--)
        {
            ulong limb = u[i];
            DivideTwoByOne(rem, (previous << s) | ((limb >> 1) >> c), dn, reciprocal, out rem);
            previous = limb;
        }

        DivideTwoByOne(rem, previous << s, dn, reciprocal, out rem);
        return rem >> s;
    }

    private static UInt256 FromLimbs(ReadOnlySpan<ulong> limbs) => limbs.Length switch
    {
        0 => default,
        1 => new UInt256(limbs[0]),
        2 => new UInt256(limbs[0], limbs[1]),
        3 => new UInt256(limbs[0], limbs[1], limbs[2]),
        _ => new UInt256(limbs[0], limbs[1], limbs[2], limbs[3]),
    };

    /// <summary>
    /// Knuth's algorithm D (TAOCP vol. 2, §4.3.1), steps D2–D7, over 64-bit limbs. <paramref name="un"/> is the
    /// normalised dividend with its extra top limb (<c>m + n + 1</c> limbs), <paramref name="vn"/> the normalised
    /// divisor (<c>n ≥ 2</c> limbs, top bit set). Writes the <c>m + 1</c> quotient limbs and leaves the
    /// normalised remainder in <c>un[0 .. n)</c> with zeros above it.
    /// </summary>
    private static void DivideNormalized(Span<ulong> un, ReadOnlySpan<ulong> vn, Span<ulong> quotient)
    {
        int n = vn.Length;
        int m = un.Length - n - 1;

        // These checks make every unchecked index below stay inside the three spans.
        if (n < 2 || m < 0 || quotient.Length <= m)
        {
            throw new ArgumentException("Invalid limb counts for division.");
        }

        ref ulong u = ref MemoryMarshal.GetReference(un);
        ref ulong v = ref MemoryMarshal.GetReference(vn);
        ulong dHigh = Unsafe.Add(ref v, n - 1);
        ulong dNext = Unsafe.Add(ref v, n - 2);
        ulong reciprocal = Reciprocal(dHigh);

        for (int j = m; j >= 0; j--)
        {
            ref ulong w = ref Unsafe.Add(ref u, j);

            // D3: estimate q̂ from the window's top two limbs, then refine it with the next one.
            ulong uTop = Unsafe.Add(ref w, n);
            ulong uMid = Unsafe.Add(ref w, n - 1);
            ulong uLow = Unsafe.Add(ref w, n - 2);
            ulong qHat;
            ulong rHat;
            bool rHatOverflowed;
            if (uTop >= dHigh)
            {
                // uTop == dHigh (the invariant forbids more): q̂ = 2^64 − 1 and r̂ = uMid + dHigh may exceed a limb.
                qHat = ulong.MaxValue;
                rHat = uMid + dHigh;
                rHatOverflowed = rHat < dHigh;
            }
            else
            {
                qHat = DivideTwoByOne(uTop, uMid, dHigh, reciprocal, out rHat);
                rHatOverflowed = false;
            }

            while (!rHatOverflowed)
            {
                ulong pHigh = Math.BigMul(qHat, dNext, out ulong pLow);
                if (pHigh < rHat || (pHigh == rHat && pLow <= uLow))
                {
                    break;
                }

                qHat--;
                rHat += dHigh;
                rHatOverflowed = rHat < dHigh;
            }

            // D4: window −= q̂ · vn.
            ulong mulCarry = 0;
            ulong borrow = 0;
            for (int i = 0; i < n; i++)
            {
                mulCarry = MultiplyAdd(qHat, Unsafe.Add(ref v, i), mulCarry, 0, out ulong product);
                ref ulong limb = ref Unsafe.Add(ref w, i);
                limb = SubtractWithBorrow(limb, product, ref borrow);
            }

            ref ulong top = ref Unsafe.Add(ref w, n);
            top = SubtractWithBorrow(top, mulCarry, ref borrow);

            // D5/D6: q̂ was one too large (rare: about 2 in 2^64 for random inputs); add the divisor back once.
            if (borrow != 0)
            {
                qHat--;
                ulong carry = 0;
                for (int i = 0; i < n; i++)
                {
                    ref ulong limb = ref Unsafe.Add(ref w, i);
                    limb = AddWithCarry(limb, Unsafe.Add(ref v, i), ref carry);
                }

                top += carry;
            }

            quotient[j] = qHat;
        }
    }

    /// <summary>
    /// Divides the 128-bit <c>(high, low)</c> by the normalised <paramref name="d"/> (top bit set) with
    /// <c>high &lt; d</c>, using <paramref name="reciprocal"/> = <see cref="Reciprocal(ulong)"/>: two
    /// multiplications and at most two corrections instead of a hardware division (Möller and Granlund,
    /// "Improved division by invariant integers", IEEE Trans. Computers 60(2), 2011, algorithm 4).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong DivideTwoByOne(ulong high, ulong low, ulong d, ulong reciprocal, out ulong remainder)
    {
        ulong q1 = Math.BigMul(reciprocal, high, out ulong q0);
        q0 += low;
        q1 += high + (q0 < low ? 1UL : 0UL);
        q1++;
        ulong r = low - (q1 * d);
        if (r > q0)
        {
            q1--;
            r += d;
        }

        if (r >= d)
        {
            q1++;
            r -= d;
        }

        remainder = r;
        return q1;
    }

    /// <summary>
    /// <c>⌊(2^128 − 1) / d⌋ − 2^64</c> for a normalised <paramref name="d"/> (top bit set), by an 11-bit table
    /// estimate refined with integer Newton steps (Möller and Granlund, algorithm 3). No division instruction.
    /// </summary>
    internal static ulong Reciprocal(ulong d)
    {
        ulong d0 = d & 1;
        ulong d9 = d >> 55;
        ulong d40 = (d >> 24) + 1;
        ulong d63 = (d >> 1) + d0;
        ulong v0 = ReciprocalTable[(int)(d9 - 256)];
        ulong v1 = (v0 << 11) - ((v0 * v0 * d40) >> 40) - 1;
        ulong v2 = (v1 << 13) + ((v1 * ((1UL << 60) - (v1 * d40))) >> 47);
        ulong e = ((v2 >> 1) & (0 - d0)) - (v2 * d63);
        ulong v3 = (Math.BigMul(v2, e, out _) >> 1) + (v2 << 31);
        ulong high = Math.BigMul(v3, d, out ulong low);
        low += d;
        high += (low < d ? 1UL : 0UL) + d;
        return v3 - high;
    }

    /// <summary><c>⌊(2^19 − 3·2^8) / d9⌋</c> for <c>d9</c> = 256 … 511, the seed of <see cref="Reciprocal(ulong)"/>.</summary>
    private static ReadOnlySpan<ushort> ReciprocalTable =>
    [
        2045, 2037, 2029, 2021, 2013, 2005, 1998, 1990, 1983, 1975, 1968, 1960, 1953, 1946, 1938, 1931,
        1924, 1917, 1910, 1903, 1896, 1889, 1883, 1876, 1869, 1863, 1856, 1849, 1843, 1836, 1830, 1824,
        1817, 1811, 1805, 1799, 1792, 1786, 1780, 1774, 1768, 1762, 1756, 1750, 1745, 1739, 1733, 1727,
        1722, 1716, 1710, 1705, 1699, 1694, 1688, 1683, 1677, 1672, 1667, 1661, 1656, 1651, 1646, 1641,
        1636, 1630, 1625, 1620, 1615, 1610, 1605, 1600, 1596, 1591, 1586, 1581, 1576, 1572, 1567, 1562,
        1558, 1553, 1548, 1544, 1539, 1535, 1530, 1526, 1521, 1517, 1513, 1508, 1504, 1500, 1495, 1491,
        1487, 1483, 1478, 1474, 1470, 1466, 1462, 1458, 1454, 1450, 1446, 1442, 1438, 1434, 1430, 1426,
        1422, 1418, 1414, 1411, 1407, 1403, 1399, 1396, 1392, 1388, 1384, 1381, 1377, 1374, 1370, 1366,
        1363, 1359, 1356, 1352, 1349, 1345, 1342, 1338, 1335, 1332, 1328, 1325, 1322, 1318, 1315, 1312,
        1308, 1305, 1302, 1299, 1295, 1292, 1289, 1286, 1283, 1280, 1276, 1273, 1270, 1267, 1264, 1261,
        1258, 1255, 1252, 1249, 1246, 1243, 1240, 1237, 1234, 1231, 1228, 1226, 1223, 1220, 1217, 1214,
        1211, 1209, 1206, 1203, 1200, 1197, 1195, 1192, 1189, 1187, 1184, 1181, 1179, 1176, 1173, 1171,
        1168, 1165, 1163, 1160, 1158, 1155, 1153, 1150, 1148, 1145, 1143, 1140, 1138, 1135, 1133, 1130,
        1128, 1125, 1123, 1121, 1118, 1116, 1113, 1111, 1109, 1106, 1104, 1102, 1099, 1097, 1095, 1092,
        1090, 1088, 1086, 1083, 1081, 1079, 1077, 1074, 1072, 1070, 1068, 1066, 1064, 1061, 1059, 1057,
        1055, 1053, 1051, 1049, 1047, 1044, 1042, 1040, 1038, 1036, 1034, 1032, 1030, 1028, 1026, 1024,
    ];
}
