namespace Glow.Evm.Precompiles.ModExp;

/// <summary>
/// Montgomery multiplication modulo an odd n-limb modulus m with R = 2^(64n): a·b·R⁻¹ mod m by CIOS
/// (Koç, Acar, Kaliski, "Analyzing and comparing Montgomery multiplication algorithms", 1996).
/// </summary>
internal readonly ref struct MontgomeryArithmetic : IModularArithmetic
{
    private readonly ReadOnlySpan<ulong> _modulus;
    private readonly Span<ulong> _t;
    private readonly ulong _mInv;

    /// <summary>Arithmetic modulo the odd <paramref name="modulus"/> (top limb nonzero) using <paramref name="scratch"/> (n + 2 limbs).</summary>
    public MontgomeryArithmetic(ReadOnlySpan<ulong> modulus, Span<ulong> scratch)
    {
        _modulus = modulus;
        _t = scratch[..(modulus.Length + 2)];
        _mInv = 0UL - InverseModWord(modulus[0]);
    }

    /// <inheritdoc />
    public int Length => _modulus.Length;

    /// <summary>x⁻¹ mod 2^64 for odd x, by Newton's iteration (each step doubles the correct low bits, from 3).</summary>
    public static ulong InverseModWord(ulong x)
    {
        var y = x;
        for (var i = 0; i < 5; i++)
        {
            y *= 2 - (x * y);
        }

        return y;
    }

    /// <inheritdoc />
    public void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        var m = _modulus;
        var n = m.Length;
        var t = _t;
        t.Clear();
        for (var i = 0; i < n; i++)
        {
            // t += a·b[i]
            var bi = b[i];
            ulong carry = 0;
            for (var j = 0; j < n; j++)
            {
                var s = ((UInt128)a[j] * bi) + t[j] + carry;
                t[j] = (ulong)s;
                carry = (ulong)(s >> 64);
            }

            var top = (UInt128)t[n] + carry;
            t[n] = (ulong)top;
            t[n + 1] = (ulong)(top >> 64);

            // t = (t + q·m) / 2^64 with q making the low limb zero.
            var q = t[0] * _mInv;
            var r = ((UInt128)q * m[0]) + t[0];
            carry = (ulong)(r >> 64);
            for (var j = 1; j < n; j++)
            {
                r = ((UInt128)q * m[j]) + t[j] + carry;
                t[j - 1] = (ulong)r;
                carry = (ulong)(r >> 64);
            }

            top = (UInt128)t[n] + carry;
            t[n - 1] = (ulong)top;
            t[n] = t[n + 1] + (ulong)(top >> 64);
        }

        // t < 2m: one conditional subtraction.
        if (t[n] != 0 || Limbs.Compare(t[..n], m) >= 0)
        {
            Limbs.SubtractInPlace(t[..n], m);
        }

        t[..n].CopyTo(result);
    }

    /// <inheritdoc />
    public void Square(ReadOnlySpan<ulong> a, Span<ulong> result) => Multiply(a, a, result);
}
