using System.Numerics;
using Glow.Core.Crypto;

namespace Glow.Evm.Precompiles.Bn254;

/// <summary>
/// Field inversion by the binary extended Euclidean algorithm (variable time, on public data): about a tenth of
/// the cost of Fermat's a^(p−2). It inverts the Montgomery representation x = a·R as a plain integer and then
/// multiplies by R³: Mont(x⁻¹, R³) = x⁻¹·R² = a⁻¹·R, the Montgomery form of a⁻¹.
/// </summary>
internal readonly partial struct Fp
{
    /// <summary>R³ mod p (R = 2^256), as plain limbs.</summary>
    private static Fp R3 => new(0xb1cd6dafda1530dfUL, 0x62f210e6a7283db6UL, 0xef7f0b0c0ada0afbUL, 0x20fd6e902d592544UL);

    /// <summary>a⁻¹; zero maps to zero.</summary>
    public static Fp Inverse(in Fp a)
    {
        if (a.IsZero)
        {
            return a;
        }

        // Invariants: x1·a ≡ u and x2·a ≡ v (mod p), with u, v odd-reduced as they shrink; gcd(u, v) = 1.
        Span<ulong> u = [a.L0, a.L1, a.L2, a.L3];
        Span<ulong> v = [P0, P1, P2, P3];
        Span<ulong> x1 = [1, 0, 0, 0];
        Span<ulong> x2 = [0, 0, 0, 0];
        while (!IsUnit(u) && !IsUnit(v))
        {
            HalveWhileEven(u, x1);
            HalveWhileEven(v, x2);
            if (Compare(u, v) >= 0)
            {
                SubtractInPlace(u, v);
                SubtractModP(x1, x2);
            }
            else
            {
                SubtractInPlace(v, u);
                SubtractModP(x2, x1);
            }
        }

        var inverse = IsUnit(u) ? x1 : x2;
        return Mul(new Fp(inverse[0], inverse[1], inverse[2], inverse[3]), R3);
    }

    private static bool IsUnit(ReadOnlySpan<ulong> x) => x[0] == 1 && (x[1] | x[2] | x[3]) == 0;

    // Divides u by 2 while it is even, and x by 2 modulo p alongside (adding p first when x is odd).
    private static void HalveWhileEven(Span<ulong> u, Span<ulong> x)
    {
        if ((u[0] | u[1] | u[2] | u[3]) == 0)
        {
            return;
        }

        while ((u[0] & 1) == 0)
        {
            var shift = BitOperations.TrailingZeroCount(u[0]);
            if (u[0] == 0)
            {
                shift = 63;
            }

            ShiftRight(u, shift);
            for (var i = 0; i < shift; i++)
            {
                ulong top = 0;
                if ((x[0] & 1) != 0)
                {
                    x[0] = Carry.Add(x[0], P0, 0, out var c);
                    x[1] = Carry.Add(x[1], P1, c, out c);
                    x[2] = Carry.Add(x[2], P2, c, out c);
                    x[3] = Carry.Add(x[3], P3, c, out top);
                }

                x[0] = (x[0] >> 1) | (x[1] << 63);
                x[1] = (x[1] >> 1) | (x[2] << 63);
                x[2] = (x[2] >> 1) | (x[3] << 63);
                x[3] = (x[3] >> 1) | (top << 63);
            }
        }
    }

    private static void ShiftRight(Span<ulong> u, int shift)
    {
        if (shift == 0)
        {
            return;
        }

        u[0] = (u[0] >> shift) | (u[1] << (64 - shift));
        u[1] = (u[1] >> shift) | (u[2] << (64 - shift));
        u[2] = (u[2] >> shift) | (u[3] << (64 - shift));
        u[3] >>= shift;
    }

    private static int Compare(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        for (var i = 3; i >= 0; i--)
        {
            if (a[i] != b[i])
            {
                return a[i] < b[i] ? -1 : 1;
            }
        }

        return 0;
    }

    private static void SubtractInPlace(Span<ulong> a, ReadOnlySpan<ulong> b)
    {
        a[0] = Carry.Sub(a[0], b[0], 0, out var w);
        a[1] = Carry.Sub(a[1], b[1], w, out w);
        a[2] = Carry.Sub(a[2], b[2], w, out w);
        a[3] = Carry.Sub(a[3], b[3], w, out _);
    }

    // a = a − b mod p, for a, b below p.
    private static void SubtractModP(Span<ulong> a, ReadOnlySpan<ulong> b)
    {
        a[0] = Carry.Sub(a[0], b[0], 0, out var w);
        a[1] = Carry.Sub(a[1], b[1], w, out w);
        a[2] = Carry.Sub(a[2], b[2], w, out w);
        a[3] = Carry.Sub(a[3], b[3], w, out w);
        if (w != 0)
        {
            a[0] = Carry.Add(a[0], P0, 0, out var c);
            a[1] = Carry.Add(a[1], P1, c, out c);
            a[2] = Carry.Add(a[2], P2, c, out c);
            a[3] += P3 + c;
        }
    }
}
