namespace Glow.Evm.Precompiles.ModExp;

/// <summary>Plain residues modulo 2^k, held in ⌈k/64⌉ limbs with the bits above k kept clear.</summary>
internal readonly ref struct PowerOfTwoArithmetic : IModularArithmetic
{
    private readonly Span<ulong> _product;
    private readonly ulong _topMask;

    /// <summary>Arithmetic modulo 2^<paramref name="bits"/> using <paramref name="scratch"/> (⌈bits/64⌉ limbs).</summary>
    public PowerOfTwoArithmetic(int bits, Span<ulong> scratch)
    {
        var length = (bits + 63) / 64;
        _product = scratch[..length];
        var topBits = bits - (64 * (length - 1));
        _topMask = topBits == 64 ? ulong.MaxValue : (1UL << topBits) - 1;
    }

    /// <inheritdoc />
    public int Length => _product.Length;

    /// <summary>Clears the bits at and above k in <paramref name="value"/>.</summary>
    public void Truncate(Span<ulong> value) => value[Length - 1] &= _topMask;

    /// <inheritdoc />
    public void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        Limbs.MultiplyLow(a, b, _product);
        Truncate(_product);
        _product.CopyTo(result);
    }

    /// <inheritdoc />
    public void Square(ReadOnlySpan<ulong> a, Span<ulong> result) => Multiply(a, a, result);
}
