namespace Glow.Evm.Precompiles.ModExp;

/// <summary>
/// Multiplication in one residue representation (Montgomery form modulo an odd number, or plain residues modulo
/// a power of two), so that <see cref="Exponentiation"/> serves both. Implemented by structs for devirtualised calls.
/// </summary>
internal interface IModularArithmetic
{
    /// <summary>Limbs per residue.</summary>
    int Length { get; }

    /// <summary>result = a·b in the representation; result may alias a or b.</summary>
    void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result);

    /// <summary>result = a² in the representation; result may alias a.</summary>
    void Square(ReadOnlySpan<ulong> a, Span<ulong> result);
}
