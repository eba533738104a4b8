namespace Glow.Evm.Precompiles.Bn254;

/// <summary>Squaring in the cyclotomic subgroup, where every value lives after the easy part of the final exponentiation.</summary>
internal readonly partial struct Fp12
{
    /// <summary>a² for a in the cyclotomic subgroup.</summary>
    public static Fp12 CyclotomicSquare(in Fp12 a) => Square(a);
}
