using Glow.Core.Crypto;
namespace Glow.Evm.Precompiles.Bls12381;

/// <summary>Inversion by the binary extended Euclidean algorithm (an order of magnitude cheaper than a^(p−2)).</summary>
internal readonly partial struct Fp
{
    private const int Limbs = 6;

    /// <summary>
    /// a⁻¹; zero maps to zero. The limbs hold a·R (R = 2^384); binary extended Euclid on that integer gives
    /// (a·R)⁻¹ = a⁻¹·R⁻¹, and a Montgomery multiplication by R³ mod p turns it into a⁻¹·R, the Montgomery form of a⁻¹.
    /// Runs in variable time: fine for the public values of signature and proof verification.
    /// </summary>
    public Fp Inverse()
    {
        if (IsZero)
        {
            return this;
        }

        // Invariants: x1·a ≡ u and x2·a ≡ v (mod p), 0 ≤ x1, x2 < p; gcd(u, v) = 1 throughout.
        Span<ulong> u = stackalloc ulong[Limbs];
        Span<ulong> v = stackalloc ulong[Limbs];
        Span<ulong> x1 = stackalloc ulong[Limbs];
        Span<ulong> x2 = stackalloc ulong[Limbs];
        Set(u, L0, L1, L2, L3, L4, L5);
        Set(v, M0, M1, M2, M3, M4, M5);
        Set(x1, 1, 0, 0, 0, 0, 0);
        Set(x2, 0, 0, 0, 0, 0, 0);
        while (!IsOne(u) && !IsOne(v))
        {
            while ((u[0] & 1) == 0)
            {
                ShiftRight(u);
                HalveModP(x1);
            }

            while ((v[0] & 1) == 0)
            {
                ShiftRight(v);
                HalveModP(x2);
            }

            if (IsLess(u, v))
            {
                _ = Subtract(v, u);
                SubtractModP(x2, x1);
            }
            else
            {
                _ = Subtract(u, v);
                SubtractModP(x1, x2);
            }
        }

        var inverse = IsOne(u) ? x1 : x2;
        return new Fp(inverse[0], inverse[1], inverse[2], inverse[3], inverse[4], inverse[5]) * RCubed;
    }

    /// <summary>R³ mod p: Montgomery-multiplying a plain a⁻¹·R⁻¹ by it yields a⁻¹·R.</summary>
    private static Fp RCubed => new(
        0xED48AC6BD94CA1E0UL, 0x315F831E03A7ADF8UL, 0x9A53352A615E29DDUL,
        0x34C04E5E921E1761UL, 0x2512D43565724728UL, 0x0AA6346091755D4DUL);

    private static bool IsOne(ReadOnlySpan<ulong> a) => a[0] == 1 && (a[1] | a[2] | a[3] | a[4] | a[5]) == 0;

    private static bool IsLess(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        for (var i = Limbs - 1; i >= 0; i--)
        {
            if (a[i] != b[i])
            {
                return a[i] < b[i];
            }
        }

        return false;
    }

    private static void ShiftRight(Span<ulong> a)
    {
        for (var i = 0; i < Limbs - 1; i++)
        {
            a[i] = (a[i] >> 1) | (a[i + 1] << 63);
        }

        a[Limbs - 1] >>= 1;
    }

    /// <summary>a/2 mod p for a &lt; p: a even → a/2, a odd → (a + p)/2 (a + p &lt; 2^382 cannot overflow).</summary>
    private static void HalveModP(Span<ulong> a)
    {
        if ((a[0] & 1) != 0)
        {
            AddModulus(a);
        }

        ShiftRight(a);
    }

    /// <summary>a ← a − b (mod 2^384); true when no borrow occurred (a ≥ b).</summary>
    private static bool Subtract(Span<ulong> a, ReadOnlySpan<ulong> b)
    {
        ulong borrow = 0;
        for (var i = 0; i < Limbs; i++)
        {
            a[i] = Carry.Sub(a[i], b[i], borrow, out borrow);
        }

        return borrow == 0;
    }

    private static void Set(Span<ulong> a, ulong l0, ulong l1, ulong l2, ulong l3, ulong l4, ulong l5)
    {
        a[0] = l0;
        a[1] = l1;
        a[2] = l2;
        a[3] = l3;
        a[4] = l4;
        a[5] = l5;
    }

    /// <summary>a ← a + p (mod 2^384).</summary>
    private static void AddModulus(Span<ulong> a)
    {
        a[0] = Carry.Add(a[0], M0, 0, out var c);
        a[1] = Carry.Add(a[1], M1, c, out c);
        a[2] = Carry.Add(a[2], M2, c, out c);
        a[3] = Carry.Add(a[3], M3, c, out c);
        a[4] = Carry.Add(a[4], M4, c, out c);
        a[5] += M5 + c;
    }

    /// <summary>a ← a − b mod p for a, b &lt; p.</summary>
    private static void SubtractModP(Span<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (!Subtract(a, b))
        {
            AddModulus(a);
        }
    }
}
