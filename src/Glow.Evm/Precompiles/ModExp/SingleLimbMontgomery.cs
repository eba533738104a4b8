namespace Glow.Evm.Precompiles.ModExp;

/// <summary>
/// Montgomery multiplication modulo an odd modulus below 2^64 (R = 2^64), the shape the EIP-2565 schedule
/// prices lowest per squaring: one-word moduli cost a single "word" however long the exponent, so their
/// squarings must be cheap. Same results as <see cref="MontgomeryArithmetic"/> with one limb.
/// </summary>
internal readonly ref struct SingleLimbMontgomery : IModularArithmetic
{
    private readonly ulong _modulus;
    private readonly ulong _mInv;

    /// <summary>Arithmetic modulo the odd <paramref name="modulus"/>.</summary>
    public SingleLimbMontgomery(ulong modulus)
    {
        _modulus = modulus;
        _mInv = 0UL - MontgomeryArithmetic.InverseModWord(modulus);
    }

    /// <inheritdoc />
    public int Length => 1;

    /// <inheritdoc />
    public void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result) => result[0] = Multiply(a[0], b[0]);

    /// <inheritdoc />
    public void Square(ReadOnlySpan<ulong> a, Span<ulong> result) => result[0] = Multiply(a[0], a[0]);

    // (a·b + m·n) / 2^64 with m making the low word vanish; the sum is below 2n·2^64, so at most one subtraction.
    private ulong Multiply(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        var m = low * _mInv;
        var mHigh = Math.BigMul(m, _modulus, out _);
        var carry = low != 0 ? 1UL : 0UL;
        var sum = (UInt128)high + mHigh + carry;
        var n = _modulus;
        return sum >= n ? (ulong)(sum - n) : (ulong)sum;
    }
}
