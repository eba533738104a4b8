using System.Numerics;
using System.Runtime.CompilerServices;

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
    /// Both are zero when <paramref name="b"/> is zero (EVM rule).
    /// </summary>
    [SkipLocalsInit]
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
                Span<ulong> q4 = stackalloc ulong[4];
                ulong r0 = DivideBySingleLimb(Limbs(in a), b.U0, q4);
                q = new UInt256(q4[0], q4[1], q4[2], q4[3]);
                r = new UInt256(r0);
            }
        }
        else if (a < b)
        {
            q = default;
            r = a;
        }
        else
        {
            Span<ulong> qs = stackalloc ulong[4];
            Span<ulong> rs = stackalloc ulong[4];
            qs.Clear();
            rs.Clear();
            DivideLimbs(Limbs(in a), Trim(Limbs(in b)), qs, rs);
            q = new UInt256(qs[0], qs[1], qs[2], qs[3]);
            r = new UInt256(rs[0], rs[1], rs[2], rs[3]);
        }

        quotient = q;
        remainder = r;
    }

    /// <summary>Significant limbs of <paramref name="limbs"/>: the shortest prefix holding every nonzero limb.</summary>
    private static ReadOnlySpan<ulong> Trim(ReadOnlySpan<ulong> limbs)
    {
        int n = limbs.Length;
        while (n > 0 && limbs[n - 1] == 0)
        {
            n--;
        }

        return limbs[..n];
    }

    /// <summary>
    /// Remainder of <paramref name="u"/> (any number of limbs) modulo <paramref name="v"/> (nonzero) into <paramref name="remainder"/>.
    /// Used for MULMOD and ADDMOD, whose dividends have 512 and 257 bits.
    /// </summary>
    [SkipLocalsInit]
    private static void ModLimbs(ReadOnlySpan<ulong> u, in UInt256 v, out UInt256 remainder)
    {
        u = Trim(u);
        ReadOnlySpan<ulong> d = Trim(Limbs(in v));
        if (u.Length < d.Length || (u.Length == d.Length && u.Length <= 4 && Compare(FromLimbs(u), in v) < 0))
        {
            remainder = FromLimbs(u);
            return;
        }

        Span<ulong> q = stackalloc ulong[u.Length - d.Length + 1];
        if (d.Length == 1)
        {
            remainder = new UInt256(DivideBySingleLimb(u, d[0], q));
            return;
        }

        Span<ulong> r = stackalloc ulong[4];
        r.Clear();
        DivideLimbs(u, d, q, r);
        remainder = new UInt256(r[0], r[1], r[2], r[3]);
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
    /// Divides <paramref name="u"/> by the single limb <paramref name="d"/> (nonzero), writing the quotient's
    /// <c>u.Length</c> limbs into <paramref name="quotient"/> (or skipping them when it is shorter) and
    /// returning the remainder. One 128-by-64 division per limb, each done with a precomputed reciprocal.
    /// </summary>
    private static ulong DivideBySingleLimb(ReadOnlySpan<ulong> u, ulong d, Span<ulong> quotient)
    {
        // Normalise so the divisor's top bit is set; the dividend is shifted on the fly.
        int shift = BitOperations.LeadingZeroCount(d);
        ulong dn = d << shift;
        ulong reciprocal = Reciprocal(dn);
        bool storeQuotient = quotient.Length >= u.Length;

        int top = u.Length - 1;
        ulong rem = (u[top] >> 1) >> (63 - shift);
        for (int i = top; i >= 0; i--)
        {
            ulong next = i > 0 ? u[i - 1] : 0;
            ulong limb = (u[i] << shift) | ((next >> 1) >> (63 - shift));
            ulong q = DivideTwoByOne(rem, limb, dn, reciprocal, out rem);
            if (storeQuotient)
            {
                quotient[i] = q;
            }
        }

        return rem >> shift;
    }

    /// <summary>
    /// Knuth's algorithm D (TAOCP vol. 2, §4.3.1) over 64-bit limbs: <paramref name="u"/> divided by
    /// <paramref name="v"/>, which has at least two limbs and a nonzero top limb, and <c>u ≥ v</c>.
    /// Writes <c>u.Length − v.Length + 1</c> quotient limbs (when <paramref name="quotient"/> is long
    /// enough) and <c>v.Length</c> remainder limbs.
    /// </summary>
    [SkipLocalsInit]
    private static void DivideLimbs(ReadOnlySpan<ulong> u, ReadOnlySpan<ulong> v, Span<ulong> quotient, Span<ulong> remainder)
    {
        u = Trim(u);
        int n = v.Length;
        int m = u.Length - n;
        bool storeQuotient = quotient.Length > m;

        // D1: normalise so the divisor's top bit is set. (x >> 1) >> (63 − s) is x >> (64 − s) that is 0 for s = 0.
        int s = BitOperations.LeadingZeroCount(v[n - 1]);
        Span<ulong> vn = stackalloc ulong[n];
        for (int i = n - 1; i > 0; i--)
        {
            vn[i] = (v[i] << s) | ((v[i - 1] >> 1) >> (63 - s));
        }

        vn[0] = v[0] << s;

        Span<ulong> un = stackalloc ulong[u.Length + 1];
        un[u.Length] = (u[^1] >> 1) >> (63 - s);
        for (int i = u.Length - 1; i > 0; i--)
        {
            un[i] = (u[i] << s) | ((u[i - 1] >> 1) >> (63 - s));
        }

        un[0] = u[0] << s;

        ulong dHigh = vn[n - 1];
        ulong dNext = vn[n - 2];
        ulong reciprocal = Reciprocal(dHigh);

        for (int j = m; j >= 0; j--)
        {
            // D3: estimate q̂ from the top two limbs of the current remainder, then refine with the next one.
            ulong uTop = un[j + n];
            ulong uMid = un[j + n - 1];
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
                if (pHigh < rHat || (pHigh == rHat && pLow <= un[j + n - 2]))
                {
                    break;
                }

                qHat--;
                rHat += dHigh;
                rHatOverflowed = rHat < dHigh;
            }

            // D4: un[j .. j+n] −= q̂ · vn.
            ulong mulCarry = 0;
            ulong borrow = 0;
            for (int i = 0; i < n; i++)
            {
                mulCarry = MultiplyAdd(qHat, vn[i], mulCarry, 0, out ulong product);
                un[i + j] = SubtractWithBorrow(un[i + j], product, ref borrow);
            }

            un[j + n] = SubtractWithBorrow(un[j + n], mulCarry, ref borrow);

            // D5/D6: q̂ was one too large (probability about 2/2^64): add the divisor back once.
            if (borrow != 0)
            {
                qHat--;
                ulong carry = 0;
                for (int i = 0; i < n; i++)
                {
                    un[i + j] = AddWithCarry(un[i + j], vn[i], ref carry);
                }

                un[j + n] += carry;
            }

            if (storeQuotient)
            {
                quotient[j] = qHat;
            }
        }

        // D8: the remainder is un[0 .. n) shifted back.
        for (int i = 0; i < n - 1; i++)
        {
            remainder[i] = (un[i] >> s) | ((un[i + 1] << 1) << (63 - s));
        }

        remainder[n - 1] = (un[n - 1] >> s) | ((un[n] << 1) << (63 - s));
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
