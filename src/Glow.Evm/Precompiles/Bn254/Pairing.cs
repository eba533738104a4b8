using System.Buffers;

namespace Glow.Evm.Precompiles.Bn254;

/// <summary>
/// The optimal ate pairing on bn254 (Vercauteren, "Optimal pairings", 2010): a Miller loop over 6u + 2 with two
/// Frobenius correction steps, then the final exponentiation to the power (p¹² − 1)/r. Products of pairings
/// share one loop (one squaring per step for all pairs) and one final exponentiation.
/// </summary>
internal static partial class Pairing
{
    // 6u + 2 in signed binary (non-adjacent form), least significant digit first: 66 digits, 22 of them nonzero,
    // the top one 1.
    private static readonly sbyte[] LoopDigits = NonAdjacentForm((6 * (UInt128)G2Point.Seed) + 2);

    /// <summary>
    /// True when Π e(Pᵢ, Qᵢ) = 1. Pairs with a point at infinity contribute 1 and are skipped. The points must
    /// already be validated (on their curves, Q in G2).
    /// </summary>
    public static bool ProductIsOne(ReadOnlySpan<G1Point> p, ReadOnlySpan<G2Point> q)
    {
        var f = MillerLoop(p, q);
        return FinalExponentiation(f).IsOne;
    }

    /// <summary>e(P, Q) itself, for the algebraic tests.</summary>
    public static Fp12 Pair(in G1Point p, in G2Point q) =>
        FinalExponentiation(MillerLoop([p], [q]));

    /// <summary>The product of the Miller functions f_{6u+2,Q}(P) with the two correction lines, before the final exponentiation.</summary>
    public static Fp12 MillerLoop(ReadOnlySpan<G1Point> p, ReadOnlySpan<G2Point> q)
    {
        const int StackPairs = 4;
        MillerState[]? rented = null;
        var states = p.Length <= StackPairs
            ? stackalloc MillerState[StackPairs]
            : (rented = ArrayPool<MillerState>.Shared.Rent(p.Length));
        try
        {
            // Affine coordinates of the pairs without a point at infinity.
            var count = 0;
            for (var i = 0; i < p.Length; i++)
            {
                if (!p[i].IsInfinity && !q[i].IsInfinity)
                {
                    states[count++] = new MillerState(p[i], q[i]);
                }
            }

            return MillerLoop(states[..count]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<MillerState>.Shared.Return(rented);
            }
        }
    }

    private static Fp12 MillerLoop(Span<MillerState> states)
    {
        var f = Fp12.One;
        if (states.IsEmpty)
        {
            return f;
        }

        var digits = LoopDigits;
        for (var d = digits.Length - 2; d >= 0; d--)
        {
            f = Fp12.Square(f);
            for (var i = 0; i < states.Length; i++)
            {
                ref var s = ref states[i];
                s.T = TwistPoint.DoubleWithLine(s.T, s.Px, s.Py, out var l0, out var l1, out var l3);
                f = Fp12.MulByLine(f, l0, l1, l3);
            }

            if (digits[d] != 0)
            {
                for (var i = 0; i < states.Length; i++)
                {
                    ref var s = ref states[i];
                    var y = digits[d] > 0 ? s.Qy : -s.Qy;
                    s.T = TwistPoint.AddWithLine(s.T, s.Qx, y, s.Px, s.Py, out var l0, out var l1, out var l3);
                    f = Fp12.MulByLine(f, l0, l1, l3);
                }
            }
        }

        // Corrections: add π(Q), then −π²(Q) (Vercauteren, section 4, for BN curves).
        for (var i = 0; i < states.Length; i++)
        {
            ref var s = ref states[i];
            var q1x = Fp2.Conjugate(s.Qx) * Fp12.TwistFrobeniusX;
            var q1y = Fp2.Conjugate(s.Qy) * Fp12.TwistFrobeniusY;
            s.T = TwistPoint.AddWithLine(s.T, q1x, q1y, s.Px, s.Py, out var l0, out var l1, out var l3);
            f = Fp12.MulByLine(f, l0, l1, l3);

            var q2x = s.Qx * Fp12.TwistFrobeniusSquaredX;
            var q2y = -(s.Qy * Fp12.TwistFrobeniusSquaredY);
            _ = TwistPoint.AddWithLine(s.T, q2x, q2y, s.Px, s.Py, out l0, out l1, out l3);
            f = Fp12.MulByLine(f, l0, l1, l3);
        }

        return f;
    }

    private static sbyte[] NonAdjacentForm(UInt128 value)
    {
        var digits = new List<sbyte>();
        while (value != 0)
        {
            sbyte digit = 0;
            if ((value & 1) != 0)
            {
                digit = (value & 3) == 3 ? (sbyte)-1 : (sbyte)1;
                value = digit > 0 ? value - 1 : value + 1;
            }

            digits.Add(digit);
            value >>= 1;
        }

        return [.. digits];
    }
}
