namespace Glow.Core.Crypto;

/// <summary>Inversion and square roots by fixed exponentiation chains (constant time).</summary>
internal readonly partial struct FieldElement
{
    /// <summary>
    /// a^(p−2) = a^−1 for nonzero a (and 0 for 0), by Fermat's little theorem. The chain is fixed, so
    /// the time does not depend on a: this is the inverse used on secret data.
    /// </summary>
    public FieldElement Inverse()
    {
        // p − 2 in binary: 223 ones, 0, 22 ones, 0000, 1, 0, 11, 0, 1.
        var x2 = PowerOfOnes(this, out var x22, out var x223);
        var t = SqrN(x223, 23) * x22;
        t = SqrN(t, 5) * this;
        t = SqrN(t, 3) * x2;
        return SqrN(t, 2) * this;
    }

    /// <summary>
    /// A square root of a, when one exists. Since p ≡ 3 (mod 4) the candidate is a^((p+1)/4); it is a root
    /// exactly when its square is a. Constant time apart from the final comparison's result.
    /// </summary>
    public bool TrySqrt(out FieldElement root)
    {
        // (p + 1)/4 in binary: 223 ones, 0, 22 ones, 0000, 11, 00.
        var x2 = PowerOfOnes(this, out var x22, out var x223);
        var t = SqrN(x223, 23) * x22;
        t = SqrN(t, 6) * x2;
        root = SqrN(t, 2);
        return Sqr(root).EqualsValue(this);
    }

    /// <summary>a^(2^k) for k ≥ 1.</summary>
    private static FieldElement SqrN(FieldElement a, int k)
    {
        for (var i = 0; i < k; i++)
        {
            a = Sqr(a);
        }

        return a;
    }

    /// <summary>
    /// The shared start of both chains: returns x2 = a^(2^2−1) and gives x22 = a^(2^22−1) and
    /// x223 = a^(2^223−1).
    /// </summary>
    private static FieldElement PowerOfOnes(in FieldElement a, out FieldElement x22, out FieldElement x223)
    {
        var x2 = Sqr(a) * a;
        var x3 = Sqr(x2) * a;
        var x6 = SqrN(x3, 3) * x3;
        var x9 = SqrN(x6, 3) * x3;
        var x11 = SqrN(x9, 2) * x2;
        x22 = SqrN(x11, 11) * x11;
        var x44 = SqrN(x22, 22) * x22;
        var x88 = SqrN(x44, 44) * x44;
        var x176 = SqrN(x88, 88) * x88;
        var x220 = SqrN(x176, 44) * x44;
        x223 = SqrN(x220, 3) * x3;
        return x2;
    }
}
